package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.emoscope.evaluation.TestPredictions.prediction;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {
    private static final List<String> LABELS = List.of("neutral", "angry", "sad");
    private static final long[][] COUNTS = {{5, 1, 0}, {2, 3, 1}, {0, 0, 4}};

    @Test
    void countsEachPredictionInItsTrueRowAndPredictedColumn() {
        List<Prediction> predictions = List.of(
                prediction("a", "f", "s", 0, 0, 3),
                prediction("b", "f", "s", 1, 0, 3),
                prediction("c", "f", "s", 1, 0, 3),
                prediction("d", "f", "s", 2, 1, 3));

        ConfusionMatrix matrix = ConfusionMatrix.of(LABELS, predictions);

        assertThat(matrix.counts()).isDeepEqualTo(new long[][] {{1, 0, 0}, {2, 0, 0}, {0, 1, 0}});
        assertThat(matrix.total()).isEqualTo(4);
        assertThat(matrix.correct()).isEqualTo(1);
    }

    @Test
    void sumsRowsColumnsAndDiagonal() {
        ConfusionMatrix matrix = ConfusionMatrix.ofCounts(LABELS, COUNTS);

        // Rows 5+1+0, 2+3+1, 0+0+4; columns 5+2+0, 1+3+0, 0+1+4; diagonal 5+3+4.
        assertThat(matrix.support(0)).isEqualTo(6);
        assertThat(matrix.support(1)).isEqualTo(6);
        assertThat(matrix.support(2)).isEqualTo(4);
        assertThat(matrix.predictedCount(0)).isEqualTo(7);
        assertThat(matrix.predictedCount(1)).isEqualTo(4);
        assertThat(matrix.predictedCount(2)).isEqualTo(5);
        assertThat(matrix.total()).isEqualTo(16);
        assertThat(matrix.correct()).isEqualTo(12);
        assertThat(matrix.count(1, 0)).isEqualTo(2);
    }

    @Test
    void poolingTwoFoldsEqualsTheMatrixOfTheirConcatenatedPredictions() {
        List<Prediction> foldA = TestPredictions.realising(new long[][] {{2, 1, 0}, {0, 1, 1}, {1, 0, 3}}, "A", "A");
        List<Prediction> foldB = TestPredictions.realising(new long[][] {{3, 0, 0}, {2, 2, 0}, {0, 0, 1}}, "B", "B");
        List<Prediction> both = new ArrayList<>(foldA);
        both.addAll(foldB);

        ConfusionMatrix pooled = ConfusionMatrix.of(LABELS, foldA).plus(ConfusionMatrix.of(LABELS, foldB));

        assertThat(pooled).isEqualTo(ConfusionMatrix.of(LABELS, both));
        assertThat(pooled.counts()).isDeepEqualTo(new long[][] {{5, 1, 0}, {2, 3, 1}, {1, 0, 4}});
    }

    @Test
    void rowNormalisationDividesEachRowByItsSupportAndLeavesEmptyRowsZero() {
        long[][] counts = {{5, 1, 0}, {0, 0, 0}, {0, 1, 3}};

        double[][] rows = ConfusionMatrix.ofCounts(LABELS, counts).rowNormalised();

        // Row 0: 5/6, 1/6, 0; row 1 has no samples; row 2: 0, 1/4, 3/4.
        assertThat(rows[0][0]).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(rows[0][1]).isCloseTo(1.0 / 6, within(1e-12));
        assertThat(rows[0][2]).isZero();
        assertThat(rows[1]).containsExactly(0.0, 0.0, 0.0);
        assertThat(rows[2][1]).isCloseTo(0.25, within(1e-12));
        assertThat(rows[2][2]).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void isNotChangedThroughReturnedOrGivenArrays() {
        long[][] given = {{1, 0}, {0, 1}};
        ConfusionMatrix matrix = ConfusionMatrix.ofCounts(List.of("a", "b"), given);

        given[0][0] = 7;
        matrix.counts()[1][1] = 7;

        assertThat(matrix.count(0, 0)).isEqualTo(1);
        assertThat(matrix.count(1, 1)).isEqualTo(1);
    }

    @Test
    void refusesToAddMatricesOverDifferentLabels() {
        ConfusionMatrix three = ConfusionMatrix.empty(LABELS);
        ConfusionMatrix two = ConfusionMatrix.empty(List.of("neutral", "angry"));

        assertThatThrownBy(() -> three.plus(two))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different labels");
    }

    @Test
    void rejectsPredictionOutsideTheLabelsNamingTheClip() {
        List<Prediction> predictions = List.of(prediction("JE/sa03.wav", "f", "s", 3, 0, 4));

        assertThatThrownBy(() -> ConfusionMatrix.of(LABELS, predictions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("JE/sa03.wav:");
    }

    @Test
    void rejectsDuplicateLabelsAndNonSquareCounts() {
        assertThatThrownBy(() -> ConfusionMatrix.empty(List.of("a", "a")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfusionMatrix.ofCounts(List.of("a", "b"), new long[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ConfusionMatrix.ofCounts(List.of("a", "b"), new long[][] {{1, -2}, {3, 4}}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesCountsAsCsvWithQuotedLabels() {
        ConfusionMatrix matrix = ConfusionMatrix.ofCounts(List.of("calm, neutral", "angry"),
                new long[][] {{3, 1}, {0, 2}});

        assertThat(matrix.toCsv()).isEqualTo(
                "true\\pred,\"calm, neutral\",angry\r\n"
                        + "\"calm, neutral\",3,1\r\n"
                        + "angry,0,2\r\n");
    }
}
