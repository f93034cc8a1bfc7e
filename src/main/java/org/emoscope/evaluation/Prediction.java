package org.emoscope.evaluation;

import java.util.Arrays;
import java.util.Objects;

/**
 * One classified clip of a test fold.
 *
 * <p>Immutable: the probability array is copied on the way in and on the way out.
 *
 * @param clipId         identifies the clip, e.g. its path relative to the corpus root
 * @param foldId         the fold it was tested in, e.g. the held-out speaker {@code "savee:DC"}
 * @param speaker        who speaks in the clip
 * @param trueClass      index of the annotated class
 * @param predictedClass index of the class the model chose
 * @param probabilities  the model's probability for every class; longer than both class indices
 */
public record Prediction(String clipId, String foldId, String speaker, int trueClass, int predictedClass,
                         double[] probabilities) {

    public Prediction {
        Objects.requireNonNull(clipId, "clipId");
        Objects.requireNonNull(foldId, "foldId");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(probabilities, "probabilities");
        if (trueClass < 0 || predictedClass < 0
                || trueClass >= probabilities.length || predictedClass >= probabilities.length) {
            throw new IllegalArgumentException(clipId + ": class indices " + trueClass + " (true) and "
                    + predictedClass + " (predicted) must lie within the " + probabilities.length
                    + " probabilities");
        }
        probabilities = probabilities.clone();
    }

    /** The index of the most probable class; the first of equal ones. */
    public static int mostProbable(double[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return best;
    }

    /** A copy of the per-class probabilities. */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** Whether the predicted class is the true one. */
    public boolean isCorrect() {
        return trueClass == predictedClass;
    }

    // Records compare arrays by identity; two predictions with equal numbers are equal.
    @Override
    public boolean equals(Object o) {
        return o instanceof Prediction other
                && clipId.equals(other.clipId) && foldId.equals(other.foldId) && speaker.equals(other.speaker)
                && trueClass == other.trueClass && predictedClass == other.predictedClass
                && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clipId, foldId, speaker, trueClass, predictedClass, Arrays.hashCode(probabilities));
    }

    @Override
    public String toString() {
        return "Prediction[clipId=" + clipId + ", foldId=" + foldId + ", speaker=" + speaker
                + ", trueClass=" + trueClass + ", predictedClass=" + predictedClass
                + ", probabilities=" + Arrays.toString(probabilities) + "]";
    }
}
