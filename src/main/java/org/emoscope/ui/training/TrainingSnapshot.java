package org.emoscope.ui.training;

import org.emoscope.training.EpochSummary;
import java.util.List;
import java.util.Optional;
import org.emoscope.model.ComputeBackend;
import org.emoscope.training.TrainingProgress;

/**
 * Everything the training view shows of a run at one moment, made on the training thread and read on
 * the FX thread. Immutable.
 *
 * @param progress the latest progress report; empty before the first
 * @param points   every validated epoch so far, of all folds, by fold and epoch
 * @param backend  the backend the run trains on; empty until it has loaded
 */
record TrainingSnapshot(Optional<TrainingProgress> progress, List<EpochSummary> points,
                        Optional<ComputeBackend> backend) {
    static final TrainingSnapshot EMPTY = new TrainingSnapshot(Optional.empty(), List.of(), Optional.empty());

    TrainingSnapshot {
        points = List.copyOf(points);
    }

    /** The points of one fold, in epoch order. */
    List<EpochSummary> pointsOf(String foldId) {
        return points.stream().filter(p -> p.foldId().equals(foldId)).toList();
    }
}
