package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SaliencyOverlayTest {
    @Test
    void forIsTealAgainstIsOrangeAndOpacityGrowsWithTheSquareRootOfTheMagnitude() {
        // Two bands by three frames; band 1 (the higher) is drawn in the top row.
        double[][] map = {{2, -4, 0}, {-1, 1, 4}};

        ArgbImage image = SaliencyOverlay.render(map);

        assertThat(image.width()).isEqualTo(3);
        assertThat(image.height()).isEqualTo(2);
        int strongest = image.pixel(2, 0);
        assertThat(strongest & 0xFFFFFF).isEqualTo(SaliencyOverlay.FOR_RGB);
        assertThat(image.pixel(1, 1) & 0xFFFFFF).isEqualTo(SaliencyOverlay.AGAINST_RGB);
        assertThat(alpha(image.pixel(1, 1))).as("−4 is as strong as +4").isEqualTo(alpha(strongest));
        assertThat(alpha(image.pixel(0, 1))).as("half the full strength: √½ as opaque")
                .isCloseTo((int) Math.round(alpha(strongest) * Math.sqrt(0.5)), within(1));
        assertThat(alpha(image.pixel(2, 1))).as("zero is clear").isZero();
    }

    @Test
    void oneOutlierDoesNotWashOutTheRestOfTheClip() {
        double[][] map = new double[1][101];
        Arrays.fill(map[0], 1);
        map[0][50] = 1000;

        ArgbImage image = SaliencyOverlay.render(map);

        assertThat(alpha(image.pixel(0, 0))).as("the common value is at full strength")
                .isEqualTo(alpha(image.pixel(50, 0)));
    }

    @Test
    void anAllZeroMapIsClearAndAnEmptyOneIsRefused() {
        ArgbImage clear = SaliencyOverlay.render(new double[][] {{0, 0}});
        assertThat(alpha(clear.pixel(0, 0))).isZero();
        assertThatThrownBy(() -> SaliencyOverlay.render(new double[0][])).hasMessageContaining("empty");
        assertThatThrownBy(() -> SaliencyOverlay.render(new double[][] {{1, 2}, {3}})).hasMessageContaining("band 1");
    }

    @Test
    void theBarRunsFromForThroughClearToAgainst() {
        ArgbImage bar = SaliencyOverlay.bar();

        assertThat(bar.pixel(0, 0) & 0xFFFFFF).isEqualTo(SaliencyOverlay.FOR_RGB);
        assertThat(bar.pixel(0, bar.height() - 1) & 0xFFFFFF).isEqualTo(SaliencyOverlay.AGAINST_RGB);
        assertThat(alpha(bar.pixel(0, bar.height() / 2))).as("nearly clear in the middle")
                .isLessThan(alpha(bar.pixel(0, 0)) / 10);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }
}
