package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.ui.controls.AttentionTrack;
import org.junit.jupiter.api.Test;

class AlphaCsvTest {
    @Test
    void everyStepIsARowWithItsCellInSecondsAndItsExactWeight() {
        AttentionTrack track = new AttentionTrack(new float[] {0.25f, 0.7f, 0.05f},
                new double[] {0, 0.0625, 0.1}, new double[] {0.0625, 0.0875, 0.1},
                Collections.nCopies(3, new AttentionTimeMap.Span(0, 0.1)), List.of());

        assertThat(AlphaCsv.format(track)).isEqualTo("step,start_s,end_s,alpha,padding\r\n"
                + "0,0.0000,0.0625,0.25,false\r\n"
                + "1,0.0625,0.0875,0.7,false\r\n"
                // A step centred on the padding after the clip: an empty cell at the clip's end, marked.
                + "2,0.1000,0.1000,0.05,true\r\n");
    }
}
