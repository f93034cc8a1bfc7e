package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emoscope.evaluation.LosoReport;

/**
 * A run's scores as far as it has got: {@code metrics.json} once the run has finished; before that
 * (a run still training, or one killed, cancelled or failed part-way) the same summary computed from
 * the predictions of the folds finished so far, marked {@link #partial}. Immutable.
 *
 * @param metrics     the LOSO summary
 * @param partial     whether it covers only the folds finished so far
 * @param speakerHead the speaker head's accuracy, or null when the run has no speaker head
 */
public record RunScores(RunMetrics metrics, boolean partial, SpeakerHeadAccuracy speakerHead) {

    /**
     * How well the speaker head recognised speakers.
     *
     * @param accuracy   a fraction
     * @param measuredOn what it was measured on, e.g. "the training speakers, at each fold's selected
     *                   epoch (mean over 10 folds)"
     */
    public record SpeakerHeadAccuracy(double accuracy, String measuredOn) {
    }

    public RunScores {
        Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * The scores of a run that has metrics or at least one finished fold; no I/O.
     *
     * @throws IllegalArgumentException naming the clip when the predictions are inconsistent (a clip
     *                                  tested twice, a class outside the labels)
     */
    public static Optional<RunScores> of(RunResults run) {
        Optional<RunMetrics> written = run.metrics();
        if (written.isPresent()) {
            return Optional.of(new RunScores(written.get(), false, speakerHead(written.get(), run.history())));
        }
        Optional<PredictionTable> predictions = run.predictions();
        if (predictions.isEmpty() || predictions.get().predictions().isEmpty()) {
            return Optional.empty();
        }
        LosoReport report = LosoReport.of(predictions.get().labels(), predictions.get().predictions());
        String policy = run.config().training().modelSelection().label();
        RunMetrics computed = RunMetrics.of(report, policy, null);
        return Optional.of(new RunScores(computed, true, speakerHead(computed, run.history())));
    }

    /** How many folds the scores cover. */
    public int folds() {
        return metrics.perFold().size();
    }

    /**
     * The recorded speaker accuracy when there is one; otherwise the mean over folds of the speaker
     * head's accuracy on the training speakers at each fold's selected epoch (in leave-one-speaker-out
     * the test speaker is unknown to the head, so it can only be scored on the speakers it learnt);
     * null when no selected epoch measured it (a run without a speaker head).
     */
    private static SpeakerHeadAccuracy speakerHead(RunMetrics metrics, List<EpochSummary> history) {
        if (metrics.speakerAccuracy() != null && !metrics.speakerAccuracy().isNaN()) {
            return new SpeakerHeadAccuracy(metrics.speakerAccuracy(), "the recorded evaluation");
        }
        double[] selected = history.stream().filter(EpochSummary::selected)
                .mapToDouble(EpochSummary::trainSpeakerAccuracy).filter(a -> !Double.isNaN(a)).toArray();
        if (selected.length == 0) {
            return null;
        }
        double mean = Arrays.stream(selected).average().orElseThrow();
        return new SpeakerHeadAccuracy(mean, "the training speakers at each fold's selected epoch (mean over "
                + selected.length + (selected.length == 1 ? " fold)" : " folds)"));
    }
}
