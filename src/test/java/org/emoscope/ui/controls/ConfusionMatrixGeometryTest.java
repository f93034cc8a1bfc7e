package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emoscope.evaluation.ConfusionMatrix;
import org.junit.jupiter.api.Test;

/** Hit-testing and hover text of the confusion-matrix heatmap, without a toolkit. */
class ConfusionMatrixGeometryTest {
    private final MatrixGeometry geometry = new MatrixGeometry(3, 100, 40, 50, 30);

    @Test
    void findsTheCellUnderAPointWithTrueRowsAndPredictedColumns() {
        assertThat(geometry.cellAt(100, 40)).contains(new MatrixCell(0, 0));
        assertThat(geometry.cellAt(249.9, 71)).contains(new MatrixCell(1, 2));
        assertThat(geometry.cellAt(160, 129.9)).contains(new MatrixCell(2, 1));
        assertThat(geometry.cellAt(99.9, 60)).isEmpty();
        assertThat(geometry.cellAt(120, 39)).isEmpty();
        assertThat(geometry.cellAt(250, 60)).isEmpty();
        assertThat(geometry.cellAt(120, 130)).isEmpty();
        assertThat(geometry.x(2)).isEqualTo(200);
        assertThat(geometry.y(1)).isEqualTo(70);
    }

    @Test
    void describesACellWithItsCountAndRowShare() {
        ConfusionMatrix matrix = ConfusionMatrix.ofCounts(List.of("anger", "fear"), new long[][] {{3, 1}, {0, 0}});

        assertThat(new MatrixCell(0, 1).describe(matrix))
                .isEqualTo("True anger → predicted fear: 1 clip, 25.0 % of the 4 anger clips");
        assertThat(new MatrixCell(0, 0).describe(ConfusionMatrix.ofCounts(List.of("anger"), new long[][] {{1}})))
                .isEqualTo("True anger → predicted anger: 1 clip, 100.0 % of the 1 anger clip");
        assertThat(new MatrixCell(1, 0).describe(matrix))
                .isEqualTo("True fear → predicted anger: 0 clips, no fear clips in this set");
        assertThat(new MatrixCell(1, 1).isInside(2)).isTrue();
        assertThat(new MatrixCell(2, 0).isInside(2)).isFalse();
        assertThatThrownBy(() -> new MatrixCell(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
