package org.emoscope.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameFitterTest {

    @Test
    void padsShortClipOnTheRightWithMinusOneTo256Frames() {
        float[][] m = {{1, 2, 3}, {4, 5, 6}};
        float[][] fitted = FrameFitter.fit(m, 256, -1f);
        assertThat(fitted).hasNumberOfRows(2);
        assertThat(fitted[0]).hasSize(256).startsWith(1, 2, 3);
        assertThat(fitted[1]).startsWith(4, 5, 6);
        for (float[] row : fitted) {
            for (int t = 3; t < 256; t++) {
                assertThat(row[t]).isEqualTo(-1f);
            }
        }
    }

    @Test
    void cutsLongClipKeepingTheFirstFrames() {
        float[][] m = new float[1][300];
        for (int t = 0; t < 300; t++) {
            m[0][t] = t;
        }
        float[][] fitted = FrameFitter.fit(m, 256, -1f);
        assertThat(fitted[0]).hasSize(256);
        assertThat(fitted[0][0]).isZero();
        assertThat(fitted[0][255]).isEqualTo(255f);
    }

    @Test
    void usesTheGivenPadValueAndLeavesExactLengthUnchanged() {
        assertThat(FrameFitter.fit(new float[][] {{7}}, 3, 0.5f)[0]).containsExactly(7, 0.5f, 0.5f);
        assertThat(FrameFitter.fit(new float[][] {{7, 8}}, 2, 0.5f)[0]).containsExactly(7, 8);
    }

    @Test
    void doesNotModifyItsInput() {
        float[][] m = {{1, 2}};
        FrameFitter.fit(m, 1, -1f)[0][0] = 99;
        assertThat(m[0]).containsExactly(1, 2);
    }

    @Test
    void rejectsZeroFrames() {
        assertThatThrownBy(() -> FrameFitter.fit(new float[][] {{1}}, 0, -1f)).hasMessageContaining("at least 1");
    }
}
