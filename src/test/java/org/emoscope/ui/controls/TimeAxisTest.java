package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TimeAxisTest {
    private final TimeAxis axis = new TimeAxis(0, 2.0, 64, 800);

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

    @Test
    void aZoomedAxisMapsItsWindowOntoThePlotAreaAndTheRestOutside() {
        TimeAxis zoomed = TimeAxis.of(new TimeWindow(2.0, 0.5, 1.0), 64, 800);

        assertThat(zoomed.toX(0.5)).isEqualTo(64);
        assertThat(zoomed.toX(0.75)).isCloseTo(464, within(1e-9));
        assertThat(zoomed.toX(1.0)).isEqualTo(864);
        assertThat(zoomed.toX(0)).isCloseTo(-736, within(1e-9));
        assertThat(zoomed.toSeconds(10)).isEqualTo(0.5);
        assertThat(zoomed.toSeconds(464)).isCloseTo(0.75, within(1e-12));
        assertThat(zoomed.secondsPerPixel()).isCloseTo(0.5 / 800, within(1e-15));
    }
}
