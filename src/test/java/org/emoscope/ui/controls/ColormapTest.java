package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColormapTest {
    private final Colormap viridis = Colormap.viridis();

    @Test
    void viridisHasMatplotlibsWellKnownEntries() {
        assertThat(viridis.size()).isEqualTo(256);
        assertThat(viridis.argb(0)).isEqualTo(0xFF440154);
        assertThat(viridis.argb(64)).isEqualTo(0xFF3B528B);
        assertThat(viridis.argb(128)).isEqualTo(0xFF21918C);
        assertThat(viridis.argb(192)).isEqualTo(0xFF5EC962);
        assertThat(viridis.argb(255)).isEqualTo(0xFFFDE725);
    }

    @Test
    void fractionsPickTheirEntryAndAreClampedToTheEnds() {
        assertThat(viridis.argbAt(0)).isEqualTo(viridis.argb(0));
        assertThat(viridis.argbAt(0.5)).isEqualTo(viridis.argb(128));
        assertThat(viridis.argbAt(1)).isEqualTo(viridis.argb(255));
        assertThat(viridis.argbAt(-3)).isEqualTo(viridis.argb(0));
        assertThat(viridis.argbAt(7)).isEqualTo(viridis.argb(255));
        assertThat(viridis.argbAt(Double.NaN)).isEqualTo(viridis.argb(0));
    }

    @Test
    void everyEntryIsOpaqueAndBrightnessRisesFromEndToEnd() {
        for (int i = 0; i < viridis.size(); i++) {
            assertThat(viridis.argb(i) >>> 24).isEqualTo(0xFF);
        }
        assertThat(luma(viridis.argb(255))).isGreaterThan(luma(viridis.argb(128))).isGreaterThan(luma(viridis.argb(0)));
    }

    private static double luma(int argb) {
        return 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
    }
}
