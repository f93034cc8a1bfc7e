package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeAxisTest {
    private final TimeAxis axis = new TimeAxis(2.0, 64, 800);

    @Test
    void mapsTheClipOntoThePlotArea() {
        assertThat(axis.toX(0)).isEqualTo(64);
        assertThat(axis.toX(1)).isEqualTo(464);
        assertThat(axis.toX(2)).isEqualTo(864);
    }

    @Test
    void pixelsMapBackToTimeClampedToTheClip() {
        assertThat(axis.toSeconds(264)).isCloseTo(0.5, within(1e-12));
        assertThat(axis.toSeconds(10)).isZero();
        assertThat(axis.toSeconds(2000)).isEqualTo(2.0);
    }
}
