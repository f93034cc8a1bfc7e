package org.emoscope.model;

import java.util.Arrays;

/**
 * One training batch: log-Mel patches with their real lengths and their emotion and speaker class indices.
 *
 * @param features       {@code [clip][mel][frame]}, every clip {@code nMels} bands of one common frame count
 *                       (at least the network's receptive field)
 * @param frames         per clip, how many leading frames are audio (1 … frame count); the rest is padding,
 *                       which the network ignores. Every frame count when padding counts as input
 * @param emotionLabels  emotion class index per clip, in {@code [0, emotions)}
 * @param speakerLabels  speaker class index per clip, in {@code [0, speakers)}
 */
public record Batch(float[][][] features, int[] frames, int[] emotionLabels, int[] speakerLabels) {

    public Batch {
        if (features.length == 0) {
            throw new IllegalArgumentException("A batch needs at least one clip");
        }
        if (frames.length != features.length || emotionLabels.length != features.length
                || speakerLabels.length != features.length) {
            throw new IllegalArgumentException("Batch of " + features.length + " clips has " + frames.length
                    + " lengths, " + emotionLabels.length + " emotion and " + speakerLabels.length + " speaker labels");
        }
    }

    /** A batch whose every frame is input (no padding masked). */
    public Batch(float[][][] features, int[] emotionLabels, int[] speakerLabels) {
        this(features, fullLengths(features), emotionLabels, speakerLabels);
    }

    /** Every clip's whole frame count, for inputs whose padding counts as input. */
    public static int[] fullLengths(float[][][] features) {
        int[] frames = new int[features.length];
        Arrays.fill(frames, features.length == 0 || features[0].length == 0 ? 0 : features[0][0].length);
        return frames;
    }

    public int size() {
        return features.length;
    }

    Batch slice(int start, int end) {
        return new Batch(Arrays.copyOfRange(features, start, end), Arrays.copyOfRange(frames, start, end),
                Arrays.copyOfRange(emotionLabels, start, end), Arrays.copyOfRange(speakerLabels, start, end));
    }
}
