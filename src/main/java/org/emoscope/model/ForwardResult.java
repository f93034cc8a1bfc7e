package org.emoscope.model;

/**
 * What one inference pass over a batch produced; the arrays are fresh copies owned by the caller.
 *
 * @param emotionProbabilities  {@code [clip][emotion]}, each row sums to 1
 * @param speakerProbabilities  {@code [clip][speaker]}, each row sums to 1
 * @param alpha                 local-attention pooling weights {@code [clip][step]}, non-negative, sum 1
 * @param selfAttention         {@code [clip][head][query step][key step]}, each row sums to 1; empty (length 0)
 *                              when not requested
 */
public record ForwardResult(
        float[][] emotionProbabilities,
        float[][] speakerProbabilities,
        float[][] alpha,
        float[][][][] selfAttention) {
}
