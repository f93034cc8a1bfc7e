package org.emoscope.training;

/**
 * One step of a clip's local attention.
 *
 * @param step         0-based step index
 * @param startSeconds where the audio the step reads begins (clamped to the clip)
 * @param endSeconds   where it ends (equal to the start for a step wholly on padding)
 * @param alpha        the step's attention weight
 * @param padding      whether the step reads padding rather than only the clip's audio
 */
public record AttentionStep(int step, double startSeconds, double endSeconds, float alpha, boolean padding) {
}
