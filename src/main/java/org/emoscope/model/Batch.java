package org.emoscope.model;

/**
 * One training batch: log-Mel patches with their emotion and speaker class indices.
 *
 * @param features       {@code [clip][mel][frame]}, every clip {@code nMels x frames} of the network
 * @param emotionLabels  emotion class index per clip, in {@code [0, emotions)}
 * @param speakerLabels  speaker class index per clip, in {@code [0, speakers)}
 */
public record Batch(float[][][] features, int[] emotionLabels, int[] speakerLabels) {

    public Batch {
        if (features.length == 0) {
            throw new IllegalArgumentException("A batch needs at least one clip");
        }
        if (emotionLabels.length != features.length || speakerLabels.length != features.length) {
            throw new IllegalArgumentException("Batch of " + features.length + " clips has "
                    + emotionLabels.length + " emotion and " + speakerLabels.length + " speaker labels");
        }
    }

    public int size() {
        return features.length;
    }
}
