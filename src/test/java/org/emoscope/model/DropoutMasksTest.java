package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class DropoutMasksTest {

    @Test
    void aStreamRestartedAtItsCounterContinuesWithTheSameMasks() {
        DropoutMasks original = new DropoutMasks(7, 0);
        original.next(3, 10, 0.35).close();
        original.next(3, 10, 0.35).close();
        assertThat(original.drawn()).isEqualTo(2);
        DropoutMasks restarted = new DropoutMasks(7, original.drawn());
        try (INDArray expected = original.next(3, 10, 0.35); INDArray actual = restarted.next(3, 10, 0.35)) {
            assertThat(actual.data().asFloat()).containsExactly(expected.data().asFloat());
        }
    }

    @Test
    void consecutiveMasksAndDifferentSeedsDiffer() {
        DropoutMasks a = new DropoutMasks(7, 0);
        DropoutMasks b = new DropoutMasks(8, 0);
        try (INDArray first = a.next(4, 64, 0.5); INDArray second = a.next(4, 64, 0.5); INDArray other = b.next(4, 64, 0.5)) {
            assertThat(second.data().asFloat()).isNotEqualTo(first.data().asFloat());
            assertThat(other.data().asFloat()).isNotEqualTo(first.data().asFloat());
        }
    }
}
