package org.emoscope.training;

import java.util.List;
import org.emoscope.corpus.Emotion;

/**
 * What a trained model says about one clip.
 *
 * @param seconds               the clip's duration
 * @param emotions              the emotion classes, in the order of {@code emotionProbabilities}
 * @param emotionProbabilities  softmax of the emotion head
 * @param speakers              the speaker classes (keys such as "savee:DC")
 * @param speakerProbabilities  softmax of the speaker head
 * @param alpha                 local-attention weights, one per step (sums to 1)
 * @param peaks                 the strongest attention steps within the audio, strongest first
 * @param selfAttention         [head][step][step] self-attention maps
 * @param audioSteps            how many leading steps read only the clip's audio; the later ones read padding
 *                              (where a model that masks padding puts exactly 0 attention)
 */
public record ClipAnalysis(double seconds, List<Emotion> emotions, float[] emotionProbabilities,
                           List<String> speakers, float[] speakerProbabilities, float[] alpha,
                           List<AttentionPeak> peaks, float[][][] selfAttention, int audioSteps) {

    /** The share of alpha on steps that read padding (0 for a model that masks padding). */
    public double alphaOnPadding() {
        double sum = 0;
        for (int step = audioSteps; step < alpha.length; step++) {
            sum += alpha[step];
        }
        return sum;
    }

    /** The most probable emotion. */
    public Emotion predictedEmotion() {
        int best = 0;
        for (int i = 1; i < emotionProbabilities.length; i++) {
            if (emotionProbabilities[i] > emotionProbabilities[best]) {
                best = i;
            }
        }
        return emotions.get(best);
    }
}
