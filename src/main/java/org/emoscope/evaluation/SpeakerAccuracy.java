package org.emoscope.evaluation;

/**
 * Plain accuracy of the speaker head, e.g. on validation data; counts from several batches add up
 * with {@link #plus}. Immutable and thread-safe.
 *
 * @param correct predictions equal to the true speaker
 * @param total   predictions
 */
public record SpeakerAccuracy(long correct, long total) {

    public SpeakerAccuracy {
        if (correct < 0 || total < correct) {
            throw new IllegalArgumentException("need 0 <= correct <= total, got " + correct + " of " + total);
        }
    }

    /** Compares true and predicted speaker indices position by position. */
    public static SpeakerAccuracy of(int[] trueSpeakers, int[] predictedSpeakers) {
        if (trueSpeakers.length != predictedSpeakers.length) {
            throw new IllegalArgumentException(trueSpeakers.length + " true speakers but "
                    + predictedSpeakers.length + " predicted ones");
        }
        long correct = 0;
        for (int i = 0; i < trueSpeakers.length; i++) {
            if (trueSpeakers[i] == predictedSpeakers[i]) {
                correct++;
            }
        }
        return new SpeakerAccuracy(correct, trueSpeakers.length);
    }

    public SpeakerAccuracy plus(SpeakerAccuracy other) {
        return new SpeakerAccuracy(correct + other.correct, total + other.total);
    }

    /** correct / total; NaN when there were no predictions. */
    public double accuracy() {
        return total == 0 ? Double.NaN : correct / (double) total;
    }
}
