package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolyphaseStageTest {
    @ParameterizedTest(name = "{0}/{1}, {2} inputs")
    @CsvSource({
            "320, 441, 30000",  // 22.05 kHz -> 16 kHz
            "160, 441, 30001",  // 44.1 kHz -> 16 kHz in one stage
            "2, 1, 5001",       // 8 kHz -> 16 kHz, more than one tile of periods
            "1, 3, 20000",      // 48 kHz -> 16 kHz in one stage
            "640, 441, 25000",  // 11.025 kHz -> 16 kHz
            "2, 3, 1"})         // a single sample
    void streamedAndDirectOrdersGiveTheSameSamples(int up, int down, int length) {
        double ratio = Math.min(1.0, up / (double) down);
        PolyphaseStage stage = new PolyphaseStage(up, down, 0.45 * ratio, 0.5 * ratio);
        float[] in = new float[length];
        Random random = new Random(length);
        for (int i = 0; i < length; i++) {
            in[i] = (float) random.nextGaussian() * 0.3f;
        }
        int outLength = (int) (((long) length * up + down - 1) / down);

        float[] direct = stage.processDirect(in, outLength);
        float[] streamed = stage.processStreamed(in, outLength);

        assertThat(streamed).hasSize(outLength);
        float worst = 0;
        float peak = 0;
        for (int j = 0; j < outLength; j++) {
            worst = Math.max(worst, Math.abs(streamed[j] - direct[j]));
            peak = Math.max(peak, Math.abs(direct[j]));
        }
        assertThat(peak).as("peak output").isGreaterThan(0.01f);
        assertThat(worst).as("largest difference").isLessThan(2e-6f);
    }
}
