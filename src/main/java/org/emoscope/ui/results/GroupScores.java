package org.emoscope.ui.results;

/**
 * The scores of the clips of one speaker (or fold). Scores are fractions; NaN where undefined.
 *
 * @param id      e.g. {@code "emodb:03"}
 * @param clips   how many clips
 * @param correct how many were predicted right
 */
public record GroupScores(String id, long clips, long correct, double wa, double ua, double macroF1) {
}
