package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpeakerAccuracyTest {

    @Test
    void countsPositionsWherePredictedSpeakerIsTheTrueOne() {
        // Positions 0, 2 and 3 agree: 3 of 5.
        SpeakerAccuracy accuracy = SpeakerAccuracy.of(new int[] {0, 1, 2, 3, 3}, new int[] {0, 2, 2, 3, 1});

        assertThat(accuracy.correct()).isEqualTo(3);
        assertThat(accuracy.total()).isEqualTo(5);
        assertThat(accuracy.accuracy()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void batchesAddUp() {
        // 3 of 5 plus 1 of 3 = 4 of 8.
        SpeakerAccuracy sum = new SpeakerAccuracy(3, 5).plus(new SpeakerAccuracy(1, 3));

        assertThat(sum).isEqualTo(new SpeakerAccuracy(4, 8));
        assertThat(sum.accuracy()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void accuracyWithoutPredictionsIsUndefined() {
        assertThat(SpeakerAccuracy.of(new int[0], new int[0]).accuracy()).isNaN();
    }

    @Test
    void rejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> SpeakerAccuracy.of(new int[2], new int[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 true speakers but 3 predicted");
    }
}
