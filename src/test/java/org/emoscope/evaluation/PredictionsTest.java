package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emoscope.evaluation.TestPredictions.prediction;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionsTest {

    @Test
    void inCellKeepsOnlyPredictionsWithThatTrueAndPredictedClassInOrder() {
        Prediction first = prediction("a.wav", "f", "s", 1, 0, 3);
        Prediction other = prediction("b.wav", "f", "s", 0, 1, 3);
        Prediction second = prediction("c.wav", "f", "s", 1, 0, 3);
        Prediction diagonal = prediction("d.wav", "f", "s", 1, 1, 3);

        assertThat(Predictions.inCell(List.of(first, other, second, diagonal), 1, 0))
                .containsExactly(first, second);
    }
}
