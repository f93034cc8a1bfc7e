package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.emoscope.task.Progress;
import org.junit.jupiter.api.Test;

class TrainingProgressTest {
    private static final double NAN = Double.NaN;

    private static final EpochSummary PREVIOUS = new EpochSummary("savee:JE", 2, 1.3, 0.6, 1.9, NAN, NAN, 0.5,
            0.4567, NAN, NAN, 0.8, 30, false);

    private static TrainingProgress at(int fold, TrainingPhase phase, int epoch, int batch, int batches) {
        return new TrainingProgress(fold, 4, "savee:JE", phase, epoch, 10, batch, batches, 1.25, 0.5,
                Optional.of(PREVIOUS), 120.0, Optional.of(Duration.ofMinutes(3)));
    }

    @Test
    void fractionCountsFinishedFoldsEpochsAndBatches() {
        assertThat(at(0, TrainingPhase.PREPARING_FEATURES, 0, 0, 0).fraction()).isZero();
        assertThat(at(1, TrainingPhase.TRAINING, 3, 2, 4).fraction()).isEqualTo((1 + 2.5 / 10) / 4);
        assertThat(at(1, TrainingPhase.VALIDATING, 10, 4, 4).fraction()).isEqualTo(0.5);
        assertThat(at(3, TrainingPhase.VALIDATING, 10, 4, 4).fraction()).isEqualTo(1.0);
    }

    @Test
    void becomesATaskProgressWithAReadableMessage() {
        Progress progress = at(1, TrainingPhase.TRAINING, 3, 2, 4).toTaskProgress();

        assertThat(progress.fraction()).isEqualTo(0.3125);
        assertThat(progress.message()).isEqualTo("fold 2/4 savee:JE · training · epoch 3/10 · loss 1.750 · held-out UA 45.7%");
    }

    @Test
    void aValidatedReportCarriesTheEpochItFinished() {
        EpochSummary finished = new EpochSummary("savee:JE", 3, 1.0, 0.25, 1.25, 0.6, 0.55, 0.5, 0.42, NAN, NAN, 0.9,
                31, true);

        TrainingProgress validated = TrainingProgress.validated(1, 4, 10, 7, finished, 80, Optional.empty());

        assertThat(validated.phase()).isEqualTo(TrainingPhase.VALIDATING);
        assertThat(validated.epoch()).isEqualTo(3);
        assertThat(validated.lastEpoch()).contains(finished);
        assertThat(validated.totalLoss()).isEqualTo(1.25);
        assertThat(validated.toTaskProgress().message())
                .isEqualTo("fold 2/4 savee:JE · validating · epoch 3/10 · loss 1.250 · held-out UA 42.0%");
        assertThat(TrainingProgress.preparingFeatures(4, "savee:DC", 10, 16, 480).toTaskProgress().message())
                .isEqualTo("fold 1/4 savee:DC · preparing features");
    }

    @Test
    void rejectsPositionsOutOfRange() {
        assertThatThrownBy(() -> at(4, TrainingPhase.TRAINING, 1, 0, 1)).hasMessage("fold 4 of 4 is out of range");
        assertThatThrownBy(() -> at(0, TrainingPhase.TRAINING, 11, 0, 1)).hasMessage("epoch 11 of 10 is out of range");
        assertThatThrownBy(() -> at(0, TrainingPhase.TRAINING, 1, 3, 2)).hasMessage("batch 3 of 2 is out of range");
    }

    @Test
    void epochSummaryCanBeMarkedSelected() {
        EpochSummary row = new EpochSummary("savee:DC", 3, 1, 0, 1, NAN, NAN, 0.5, 0.5, NAN, NAN, NAN, 9.5, false);

        assertThat(row.withSelected(true)).isEqualTo(
                new EpochSummary("savee:DC", 3, 1, 0, 1, NAN, NAN, 0.5, 0.5, NAN, NAN, NAN, 9.5, true));
        assertThatThrownBy(() -> new EpochSummary("f", 0, 1, 0, 1, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 1, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
