package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Gradient saliency against central finite differences of the network's own log-probabilities. */
class SaliencyTest {
    /** Large enough that float rounding of log p (about 1e-7) adds under 1e-5 to the estimate. */
    private static final double EPSILON = 1e-2;

    @Test
    void theGradientOfLogProbabilityMatchesFiniteDifferencesOnATinyNet() {
        try (EmotionNet net = TinyNets.net(5)) {
            float[][][] clips = TinyNets.randomClips(2, 3);
            int frames = clips[0][0].length;
            int[] audio = {frames, frames - 6};
            int[] classes = {1, 2};

            float[][][] saliency = net.saliency(clips, audio, classes);

            SplittableRandom random = new SplittableRandom(9);
            int clearlyNonZero = 0;
            for (int check = 0; check < 12; check++) {
                int clip = check % 2;
                int mel = random.nextInt(clips[0].length);
                int frame = random.nextInt(audio[clip]);
                double expected = finiteDifference(net, clips, audio, clip, classes[clip], mel, frame);
                assertThat((double) saliency[clip][mel][frame]).as("clip %d, mel %d, frame %d", clip, mel, frame)
                        .isCloseTo(expected, within(2e-5 + 0.02 * Math.abs(expected)));
                clearlyNonZero += Math.abs(expected) > 1e-4 ? 1 : 0;
            }
            assertThat(clearlyNonZero).as("checks where the input matters, so the comparison means something")
                    .isGreaterThanOrEqualTo(6);
        }
    }

    @Test
    void framesAfterAClipsAudioHaveNoInfluence() {
        try (EmotionNet net = TinyNets.net(6)) {
            float[][][] clips = TinyNets.randomClips(1, 4);
            int frames = clips[0][0].length;

            float[][][] saliency = net.saliency(clips, new int[] {frames - 8}, new int[] {0});

            for (float[] band : saliency[0]) {
                for (int frame = frames - 8; frame < frames; frame++) {
                    assertThat(band[frame]).isZero();
                }
            }
        }
    }

    private static double finiteDifference(EmotionNet net, float[][][] clips, int[] audio, int clip, int emotion,
                                           int mel, int frame) {
        float original = clips[clip][mel][frame];
        clips[clip][mel][frame] = (float) (original + EPSILON);
        double up = Math.log(net.predict(clips, audio, false).emotionProbabilities()[clip][emotion]);
        clips[clip][mel][frame] = (float) (original - EPSILON);
        double down = Math.log(net.predict(clips, audio, false).emotionProbabilities()[clip][emotion]);
        clips[clip][mel][frame] = original;
        return (up - down) / (2 * EPSILON);
    }
}
