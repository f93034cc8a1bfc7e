package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EmotionNetTest {

    @Test
    void predictsProbabilitiesAlphaAndAttentionMapsOfTheRightShapes() {
        try (EmotionNet net = TinyNets.net(1)) {
            ForwardResult result = net.predict(TinyNets.randomClips(3, 7));
            int steps = TinyNets.architecture().steps();
            assertThat(steps).isEqualTo(20);
            assertThat(result.emotionProbabilities()).hasDimensions(3, TinyNets.EMOTIONS);
            assertThat(result.speakerProbabilities()).hasDimensions(3, TinyNets.SPEAKERS);
            assertThat(result.alpha()).hasDimensions(3, steps);
            assertThat(result.selfAttention().length).isEqualTo(3);
            assertThat(result.selfAttention()[0].length).isEqualTo(2);
            assertThat(result.selfAttention()[0][0]).hasDimensions(steps, steps);
            for (float[] row : result.emotionProbabilities()) {
                assertThat(sum(row)).isCloseTo(1.0, within(1e-5));
            }
        }
    }

    @Test
    void trainStepReportsLossParts() {
        try (EmotionNet net = TinyNets.net(1)) {
            StepLosses losses = net.trainStep(TinyNets.randomBatch(4, 3), 1.0, 0.5, 1e-3);
            assertThat(losses.total()).isCloseTo(losses.weightedEmotion() + losses.weightedSpeaker(), within(1e-5));
            assertThat(losses.weightedSpeaker()).isCloseTo(0.5 * losses.speakerCrossEntropy(), within(1e-5));
        }
    }

    private static double sum(float[] values) {
        double total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
