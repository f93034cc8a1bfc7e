package org.emoscope.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class FeatureNormaliserTest {
    private static final float[][] TRAIN_A = {{1, 3}, {10, 10}};
    private static final float[][] TRAIN_B = {{5, 7, 9}, {10, 10, 10}};

    @Test
    void fitsPerBandMeanAndPopulationStdOverAllTrainingFrames() {
        NormalisationStats stats = FeatureNormaliser.fit(List.of(TRAIN_A, TRAIN_B));
        // band 0: frames 1,3,5,7,9 -> mean 5, variance (16+4+0+4+16)/5 = 8
        assertThat(stats.mean()[0]).isEqualTo(5f);
        assertThat(stats.std()[0]).isCloseTo((float) Math.sqrt(8), within(1e-6f));
        // band 1 is constant: std recorded as 1 so it is only centred
        assertThat(stats.mean()[1]).isEqualTo(10f);
        assertThat(stats.std()[1]).isEqualTo(1f);
    }

    @Test
    void standardisedTrainingFramesHaveZeroMeanAndUnitStd() {
        NormalisationStats stats = FeatureNormaliser.fit(List.of(TRAIN_A, TRAIN_B));
        float[][] a = FeatureNormaliser.apply(stats, TRAIN_A);
        float[][] b = FeatureNormaliser.apply(stats, TRAIN_B);
        double sum = a[0][0] + a[0][1] + b[0][0] + b[0][1] + b[0][2];
        double squares = a[0][0] * a[0][0] + a[0][1] * a[0][1] + b[0][0] * b[0][0] + b[0][1] * b[0][1]
                + b[0][2] * b[0][2];
        assertThat(sum / 5).isCloseTo(0.0, within(1e-6));
        assertThat(squares / 5).isCloseTo(1.0, within(1e-6));
        assertThat(a[1]).containsExactly(0f, 0f);
    }

    @Test
    void testClipsAreTransformedWithTrainingStatisticsOnly() {
        float[][] test = {{1000, 2000}, {-50, 50}};
        NormalisationStats stats = FeatureNormaliser.fit(List.of(TRAIN_A, TRAIN_B));
        float[][] normalisedTest = FeatureNormaliser.apply(stats, test);
        assertThat(normalisedTest[0][0]).isCloseTo((float) ((1000 - 5) / Math.sqrt(8)), within(1e-3f));
        assertThat(normalisedTest[1]).containsExactly(-60f, 40f);
        assertThat(FeatureNormaliser.fit(List.of(TRAIN_A, TRAIN_B, test))).isNotEqualTo(stats);
    }

    @Test
    void paddingAfterNormalisationKeepsThePadValueExact() {
        NormalisationStats stats = FeatureNormaliser.fit(List.of(TRAIN_A, TRAIN_B));
        float[][] fitted = FrameFitter.fit(FeatureNormaliser.apply(stats, TRAIN_A), 5, -1f);
        assertThat(fitted[0]).endsWith(-1f, -1f, -1f);
        assertThat(fitted[1]).endsWith(-1f, -1f, -1f);
    }

    @Test
    void statisticsRoundTripThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        NormalisationStats stats = FeatureNormaliser.fit(List.of(TRAIN_A, TRAIN_B));
        String text = json.writeValueAsString(stats);
        assertThat(json.readValue(text, NormalisationStats.class)).isEqualTo(stats);
    }

    @Test
    void statisticsAreDefensivelyCopied() {
        float[] mean = {1, 2};
        NormalisationStats stats = new NormalisationStats(mean, new float[] {1, 1});
        mean[0] = 99;
        stats.mean()[1] = 99;
        assertThat(stats.mean()).containsExactly(1, 2);
    }

    @Test
    void rejectsMismatchedBandsAndEmptyTrainingSet() {
        NormalisationStats stats = FeatureNormaliser.fit(List.<float[][]>of(TRAIN_A));
        assertThatThrownBy(() -> FeatureNormaliser.apply(stats, new float[3][2])).hasMessageContaining("3 bands");
        assertThatThrownBy(() -> FeatureNormaliser.fit(List.of())).hasMessageContaining("no clips");
        assertThatThrownBy(() -> new NormalisationStats(new float[] {0}, new float[] {0}))
                .hasMessageContaining("positive");
    }
}
