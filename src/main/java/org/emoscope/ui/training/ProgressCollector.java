package org.emoscope.ui.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.emoscope.model.ComputeBackend;
import org.emoscope.training.EpochSummary;
import org.emoscope.training.TrainingListener;
import org.emoscope.training.TrainingPhase;
import org.emoscope.training.TrainingProgress;

/**
 * Hears every progress report on the training thread and keeps the newest {@link TrainingSnapshot},
 * with one curve point per validated epoch, so the FX thread can show only the latest one (at most
 * as often as the executor hands progress over) and still miss no epoch. Thread-safe.
 */
final class ProgressCollector implements TrainingListener {
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>(TrainingSnapshot.EMPTY);

    @Override
    public void progress(TrainingProgress progress) {
        latest.updateAndGet(now -> new TrainingSnapshot(Optional.of(progress),
                progress.phase() == TrainingPhase.VALIDATING ? with(now.points(), progress.lastEpoch().orElseThrow())
                        : now.points(),
                now.backend()));
    }

    /** Records the backend the run loaded. */
    void backend(ComputeBackend backend) {
        latest.updateAndGet(now -> new TrainingSnapshot(now.progress(), now.points(), Optional.of(backend)));
    }

    /** Starts the curves of a resumed run with the epochs its history already holds. */
    void preload(List<EpochSummary> earlier) {
        latest.updateAndGet(now -> {
            List<EpochSummary> points = now.points();
            for (EpochSummary point : earlier) {
                points = with(points, point);
            }
            return new TrainingSnapshot(now.progress(), points, now.backend());
        });
    }

    TrainingSnapshot latest() {
        return latest.get();
    }

    /** {@code points} with {@code point}, replacing the same fold's same epoch (re-run after a resume). */
    private static List<EpochSummary> with(List<EpochSummary> points, EpochSummary point) {
        List<EpochSummary> updated = new ArrayList<>(points);
        updated.removeIf(p -> p.foldId().equals(point.foldId()) && p.epoch() == point.epoch());
        updated.add(point);
        updated.sort(Comparator.comparing(EpochSummary::foldId)
                .thenComparingInt(EpochSummary::epoch));
        return updated;
    }
}
