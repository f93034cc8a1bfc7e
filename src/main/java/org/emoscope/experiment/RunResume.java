package org.emoscope.experiment;

import java.util.List;
import java.util.Optional;
import org.emoscope.evaluation.Prediction;
import org.emoscope.model.EmotionNet;
import org.emoscope.training.EpochSummary;
import org.emoscope.training.Fold;
import org.emoscope.training.FoldNormalisation;
import org.emoscope.training.FoldResult;
import org.emoscope.training.FoldResume;
import org.emoscope.training.ResumeSource;

/**
 * What a stopped run's folder holds, as a {@link ResumeSource}: folds with predictions are finished;
 * a fold with a committed checkpoint goes on from it, with its history cut back to that epoch and
 * the kept model taken from the best epoch's checkpoint (which the folder always keeps).
 */
final class RunResume implements ResumeSource {
    private final ExperimentFolder folder;
    private final List<Prediction> finishedPredictions;

    RunResume(ExperimentFolder folder) throws ExperimentFolderException {
        this.folder = folder;
        this.finishedPredictions = folder.readPredictions().map(PredictionTable::predictions).orElse(List.of());
    }

    List<Prediction> finishedPredictions() {
        return finishedPredictions;
    }

    @Override
    public Optional<FoldResult> finished(Fold fold) throws ExperimentFolderException {
        List<Prediction> predictions = finishedPredictions.stream().filter(p -> p.foldId().equals(fold.id())).toList();
        if (predictions.isEmpty()) {
            return Optional.empty();
        }
        List<EpochSummary> history = history(fold, Integer.MAX_VALUE);
        int selected = history.stream().filter(EpochSummary::selected).mapToInt(EpochSummary::epoch).findFirst().orElse(0);
        return Optional.of(new FoldResult(fold, history, selected, predictions));
    }

    @Override
    public Optional<FoldResume> interrupted(Fold fold, FoldNormalisation normalisation) throws Exception {
        Optional<Checkpoint> checkpoint = folder.latestCheckpoint(fold.id());
        if (checkpoint.isEmpty()) {
            return Optional.empty();
        }
        int epoch = checkpoint.get().epoch();
        folder.discardHistoryAfter(fold.id(), epoch);
        // The full training state (weights, RMSProp accumulators, dropout stream): training goes on exactly.
        EmotionNet net = EmotionNet.loadCheckpoint(folder.checkpointPath(fold.id(), epoch));
        EmotionNet selected = EmotionNet.load(folder.checkpointPath(fold.id(), checkpoint.get().bestEpoch()));
        return Optional.of(new FoldResume(history(fold, epoch), net, selected));
    }

    /** The recorded test score; in runs written before it was recorded, the validation score when that is the test's. */
    private static double testScore(Fold fold, double recorded, double validation) {
        return !Double.isNaN(recorded) ? recorded : fold.validationIsTest() ? validation : Double.NaN;
    }

    private List<EpochSummary> history(Fold fold, int lastEpoch) throws ExperimentFolderException {
        return folder.readHistory().stream()
                .filter(row -> row.foldId().equals(fold.id()) && row.epoch() <= lastEpoch)
                .map(row -> row.withTestScores(testScore(fold, row.testWa(), row.validationWa()),
                        testScore(fold, row.testUa(), row.validationUa())))
                .toList();
    }
}
