package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlopCountTest {
    @Test
    void paperPresetCostsAboutFourPointEightGigaflopPerClipForward() {
        double forward = FlopCount.forwardPerClip(ModelArchitecture.paper(), 7, 10);

        // Third convolution alone: 252 steps x 3 x 1024 x 2048 multiply-adds = 3.17 GFLOP, about two thirds.
        double thirdConvolution = 2.0 * 252 * 3 * 1024 * 2048;
        assertThat(forward).isBetween(4.6e9, 5.0e9);
        assertThat(thirdConvolution / forward).isCloseTo(2.0 / 3, within(0.03));
        assertThat(FlopCount.trainingPerClip(ModelArchitecture.paper(), 7, 10)).isEqualTo(3 * forward);
    }

    @Test
    void oneLayerNetworkCountsEachProductOnce() {
        ModelArchitecture tiny = new ModelArchitecture(2, 5, List.of(1, 1, 1), List.of(1, 1, 1), 1, 1, 1, 1, 1, 0);
        // conv 5x(2x1) + 2x(5x1x1) convs + dense 5x1x1 + lstm 2 dirs x 5 x 4 x (1+1) + attention
        // 5x2x3 + 2x25x1 + 5x1x2 + pooling 5x2 + heads 2x(7+10), all times 2 FLOP per multiply-add.
        double expected = 2.0 * (10 + 5 + 5 + 5 + 80 + 30 + 50 + 10 + 10 + 34);
        assertThat(FlopCount.forwardPerClip(tiny, 7, 10)).isEqualTo(expected);
    }
}
