package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeatmapRendererTest {
    private final Colormap viridis = Colormap.viridis();

    @Test
    void rowZeroIsDrawnAtTheBottomAndColumnsRunLeftToRight() {
        float[][] matrix = {
                {-80, -40, 0},  // lowest band
                {0, 0, 0},      // highest band
        };

        ArgbImage image = HeatmapRenderer.render(matrix, -80, 0, viridis);

        assertThat(image.width()).isEqualTo(3);
        assertThat(image.height()).isEqualTo(2);
        assertThat(image.pixel(0, 1)).isEqualTo(viridis.argb(0));
        assertThat(image.pixel(1, 1)).isEqualTo(viridis.argb(128));
        assertThat(image.pixel(2, 1)).isEqualTo(viridis.argb(255));
        assertThat(image.pixel(0, 0)).isEqualTo(viridis.argb(255));
    }

    @Test
    void valuesOutsideTheRangeTakeTheEndColours() {
        ArgbImage image = HeatmapRenderer.render(new float[][] {{-200, 50}}, -80, 0, viridis);

        assertThat(image.pixel(0, 0)).isEqualTo(viridis.argb(0));
        assertThat(image.pixel(1, 0)).isEqualTo(viridis.argb(255));
    }

    @Test
    void rejectsRaggedMatricesAndEmptyRanges() {
        assertThatThrownBy(() -> HeatmapRenderer.render(new float[][] {{1, 2}, {3}}, 0, 1, viridis))
                .hasMessageContaining("row 1 has 1 columns, row 0 has 2");
        assertThatThrownBy(() -> HeatmapRenderer.render(new float[][] {{1}}, 1, 1, viridis))
                .hasMessageContaining("max > min");
    }
}
