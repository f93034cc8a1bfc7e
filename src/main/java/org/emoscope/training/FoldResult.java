package org.emoscope.training;

import java.util.List;
import org.emoscope.evaluation.Prediction;

/**
 * A finished fold: the epochs it trained, the one selected and the selected model's predictions for
 * the fold's test clips (class indices into the run's emotion labels, see {@link Trainer}).
 */
public record FoldResult(Fold fold, List<EpochSummary> history, int selectedEpoch, List<Prediction> testPredictions) {
    public FoldResult {
        history = List.copyOf(history);
        testPredictions = List.copyOf(testPredictions);
    }
}
