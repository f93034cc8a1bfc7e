package org.emoscope.training;

/**
 * A step the local attention weighs heavily, with the audio it depends on.
 *
 * @param step          index into the attention weights α
 * @param weight        α at that step (all steps sum to 1)
 * @param startSeconds  start of the audio the step covers
 * @param endSeconds    end of that audio
 */
public record AttentionPeak(int step, double weight, double startSeconds, double endSeconds) {
}
