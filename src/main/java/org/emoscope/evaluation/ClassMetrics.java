package org.emoscope.evaluation;

/**
 * How one class fared. See {@link ClassificationReport} for how undefined ratios are resolved.
 *
 * @param label          the class name
 * @param support        samples whose true class this is
 * @param predicted      samples predicted as this class
 * @param truePositives  samples of this class predicted as it
 * @param precision      truePositives / predicted; 0 when the class was never predicted
 * @param recall         truePositives / support; NaN when the class has no support
 * @param f1             2·tp / (2·tp + fp + fn), the harmonic mean of precision and recall, 0 where
 *                       both are 0; NaN when the class has no support
 */
public record ClassMetrics(String label, long support, long predicted, long truePositives,
                           double precision, double recall, double f1) {

    /** Whether the class occurs in the truth, and so counts towards UA and macro-F1. */
    public boolean hasSupport() {
        return support > 0;
    }
}
