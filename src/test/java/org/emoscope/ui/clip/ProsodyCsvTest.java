package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.emoscope.features.ProsodyContour;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.ui.controls.AttentionTrack;
import org.junit.jupiter.api.Test;

class ProsodyCsvTest {
    private final ProsodyContour contour = new ProsodyContour(0.01, new float[] {Float.NaN, 120.456f, 121f},
            new float[] {-120f, -18.25f, -17.5f});

    @Test
    void everyFrameIsARowWithTheAlphaOfTheStepDrawnAtItsTime() {
        // Two steps: the first drawn over 0–0.015 s, the second over 0.015–0.02 s (the clip's end).
        AttentionTrack track = new AttentionTrack(new float[] {0.25f, 0.75f}, new double[] {0, 0.015},
                new double[] {0.015, 0.02}, Collections.nCopies(2, new AttentionTimeMap.Span(0, 0.02)), List.of());

        assertThat(ProsodyCsv.format(contour, Optional.of(track))).isEqualTo("time_s,f0_hz,voiced,energy_db,alpha\r\n"
                + "0.000,,false,-120.00,0.25\r\n"
                + "0.010,120.46,true,-18.25,0.25\r\n"
                + "0.020,121.00,true,-17.50,0.75\r\n");
    }

    @Test
    void withoutAModelReadingTheAlphaColumnIsEmpty() {
        assertThat(ProsodyCsv.format(contour, Optional.empty()).split("\r\n"))
                .containsExactly(ProsodyCsv.HEADER, "0.000,,false,-120.00,", "0.010,120.46,true,-18.25,",
                        "0.020,121.00,true,-17.50,");
    }
}
