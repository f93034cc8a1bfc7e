package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.emoscope.model.AttentionTimeMap;
import org.junit.jupiter.api.Test;

class SelfAttentionImageTest {
    /**
     * Four steps as the attention strip lays them out with 25 ms hops: step 0 reaches back to 0 s
     * (0–62.5 ms), steps 1 and 2 are one hop each, step 3 lies on the padding after the 0.1125 s clip.
     */
    private static final AttentionTrack STEPS = new AttentionTrack(new float[4],
            new double[] {0, 0.0625, 0.0875, 0.1125}, new double[] {0.0625, 0.0875, 0.1125, 0.1125},
            Collections.nCopies(4, new AttentionTimeMap.Span(0, 0.1125)), List.of());

    /** Query q sends half its weight to key step q and the rest to the padding (step 3). */
    private static float[][] diagonal() {
        float[][] weights = new float[4][4];
        for (int step = 0; step < 4; step++) {
            weights[step][step] += 0.5f;
            weights[step][3] += 0.5f;
        }
        return weights;
    }

    @Test
    void theMapIsSquareOnTheClipsTimeAxisWithHalfAHopPerPixel() {
        SelfAttentionImage map = SelfAttentionImage.render(diagonal(), STEPS, 2, Colormap.viridis());

        assertThat(map.head()).isEqualTo(2);
        assertThat(map.extentSeconds()).isCloseTo(0.1125, within(1e-12));
        assertThat(map.image().width()).isEqualTo(9);
        assertThat(map.image().height()).isEqualTo(9);
    }

    @Test
    void rowsAreQueriesFromTheTopAndColumnsKeysFromTheLeftEachCellOverItsStepsTime() {
        SelfAttentionImage map = SelfAttentionImage.render(diagonal(), STEPS, 1, Colormap.viridis());
        int high = Colormap.viridis().argbAt(1);
        int low = Colormap.viridis().argbAt(0);

        // Step 0 covers pixels 0-4 (0-62.5 ms), step 1 pixels 5-6, step 2 pixels 7-8.
        assertThat(map.image().pixel(0, 0)).isEqualTo(high);
        assertThat(map.image().pixel(4, 4)).isEqualTo(high);
        assertThat(map.image().pixel(5, 4)).isEqualTo(low);
        assertThat(map.image().pixel(5, 5)).isEqualTo(high);
        assertThat(map.image().pixel(8, 7)).isEqualTo(high);
        assertThat(map.image().pixel(8, 0)).isEqualTo(low);
    }

    @Test
    void thePaddingIsLeftOutOfTheColoursAndReportedAsAShare() {
        SelfAttentionImage map = SelfAttentionImage.render(diagonal(), STEPS, 1, Colormap.viridis());

        assertThat(map.maxWeight()).isEqualTo(0.5);
        assertThat(map.shareOnClip()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void theCellUnderAPointIsFoundByTime() {
        SelfAttentionImage map = SelfAttentionImage.render(diagonal(), STEPS, 1, Colormap.viridis());

        assertThat(map.at(0.07, 0.07)).contains(new SelfAttentionImage.Entry(1, 1, 0.5));
        assertThat(map.at(0.01, 0.1)).contains(new SelfAttentionImage.Entry(0, 2, 0));
        assertThat(map.at(0.05, 0.2)).isEmpty();
    }

    @Test
    void aMapOfTheWrongSizeIsRejected() {
        assertThatThrownBy(() -> SelfAttentionImage.render(new float[3][3], STEPS, 1, Colormap.viridis()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 steps");
    }

    @Test
    void aThumbnailIsSmallerButCoversTheSameTime() {
        SelfAttentionImage thumbnail = SelfAttentionImage.render(diagonal(), STEPS, 1, Colormap.viridis(), 4);

        assertThat(thumbnail.image().width()).isEqualTo(4);
        assertThat(thumbnail.extentSeconds()).isCloseTo(0.1125, within(1e-12));
    }
}
