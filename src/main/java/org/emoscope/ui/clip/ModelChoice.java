package org.emoscope.ui.clip;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.FoldModelScore;
import org.emoscope.experiment.RunResults;

/**
 * Which model should read a clip. With a run selected, the honest reading of a clip the run tested
 * is that of the fold model which never heard its speaker (leave-one-speaker-out), so that model is
 * chosen; a run without a network (a baseline) shows its recorded prediction; otherwise the model the
 * user opened (or the demo model) reads it, and the choice says why.
 */
sealed interface ModelChoice {

    /** The model of the run's fold that tested the clip, its speaker held out. */
    record FoldModel(Path file, String runName, String foldId, Optional<FoldModelScore> score) implements ModelChoice {
        String describe() {
            return "Model: " + file.getFileName() + " · run " + runName + ", fold " + foldId + " (this speaker held out"
                    + score.map(s -> String.format(Locale.ROOT, "; UA %.1f %% on it", 100 * s.ua())).orElse("") + ")";
        }
    }

    /**
     * A run without a network (a baseline): its recorded test prediction of the clip is shown as it is,
     * and nothing reads the clip, so there is no attention.
     *
     * @param model  what the run's model is, e.g. "baseline: logistic regression on log-Mel functionals"
     * @param labels the run's classes, the order of the prediction's probabilities
     */
    record RecordedPrediction(String runName, String foldId, String model, Prediction prediction, List<String> labels)
            implements ModelChoice {
        String describe() {
            return "Predictions of run " + runName + ", fold " + foldId + " (" + model + "; no network, so no attention)";
        }
    }

    /**
     * The user's model; {@code reason} says why not a run's model, empty when no run is selected.
     */
    record UserModel(String reason) implements ModelChoice {
    }

    /**
     * Decides for {@code clip}; {@code run} may be null (no run selected). Checks that the fold's
     * model file exists, so call it off the FX thread.
     */
    static ModelChoice forClip(RunResults run, Clip clip) {
        if (run == null) {
            return new UserModel("");
        }
        Optional<Prediction> tested = run.predictionFor(clip);
        if (tested.isEmpty()) {
            return new UserModel(run.whyNoPredictionFor(clip));
        }
        String fold = tested.get().foldId();
        if (run.model().isPresent()) {
            List<String> labels = run.predictions().map(table -> table.labels()).orElse(List.of());
            return new RecordedPrediction(run.name(), fold, run.model().get(), tested.get(), labels);
        }
        return run.modelFor(fold).<ModelChoice>map(file -> new FoldModel(file, run.name(), fold,
                        FoldModelScore.of(run, fold)))
                .orElseGet(() -> new UserModel("run " + run.name() + " kept no model of fold " + fold));
    }
}
