package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.emoscope.task.Progress;
import org.junit.jupiter.api.Test;

class TrainingProgressTest {
    private static final double NAN = Double.NaN;

    private static TrainingProgress at(int fold, TrainingPhase phase, int epoch, int batch, int batches) {
        return new TrainingProgress(fold, 4, "savee:JE", phase, epoch, 10, batch, batches, 1.25, 0.5, 1.75,
                NAN, NAN, 0.5, 0.4567, 0.8, 120.0, Optional.of(Duration.ofMinutes(3)));
    }

    @Test
    void fractionCountsFinishedFoldsEpochsAndBatches() {
        assertThat(at(0, TrainingPhase.PREPARING_FEATURES, 0, 0, 0).fraction()).isZero();
        assertThat(at(1, TrainingPhase.TRAINING, 3, 2, 4).fraction()).isEqualTo((1 + 2.5 / 10) / 4);
        assertThat(at(1, TrainingPhase.VALIDATING, 10, 4, 4).fraction()).isEqualTo(0.5);
        assertThat(at(3, TrainingPhase.DONE, 4, 0, 4).fraction()).isEqualTo(1.0);
    }

    @Test
    void becomesATaskProgressWithAReadableMessage() {
        Progress progress = at(1, TrainingPhase.TRAINING, 3, 2, 4).toTaskProgress();

        assertThat(progress.fraction()).isEqualTo(0.3125);
        assertThat(progress.message()).isEqualTo("fold 2/4 savee:JE · training · epoch 3/10 · loss 1.750 · held-out UA 45.7%");
    }

    @Test
    void rejectsPositionsOutOfRange() {
        assertThatThrownBy(() -> at(4, TrainingPhase.TRAINING, 1, 0, 1)).hasMessage("fold 4 of 4 is out of range");
        assertThatThrownBy(() -> at(0, TrainingPhase.TRAINING, 11, 0, 1)).hasMessage("epoch 11 of 10 is out of range");
        assertThatThrownBy(() -> at(0, TrainingPhase.TRAINING, 1, 3, 2)).hasMessage("batch 3 of 2 is out of range");
    }

    @Test
    void epochSummaryCanBeMarkedSelected() {
        EpochSummary row = new EpochSummary(0, "savee:DC", 3, 1, 0, 1, NAN, NAN, 0.5, 0.5, NAN, NAN, NAN, 9.5, false);

        assertThat(row.withBestSoFar(true)).isEqualTo(
                new EpochSummary(0, "savee:DC", 3, 1, 0, 1, NAN, NAN, 0.5, 0.5, NAN, NAN, NAN, 9.5, true));
        assertThatThrownBy(() -> new EpochSummary(0, "f", 0, 1, 0, 1, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
