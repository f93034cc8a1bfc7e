package org.emoscope.ui.corpus;

/**
 * What the selected run predicted for one clip, as the browser's run columns show it.
 *
 * @param predicted  the predicted emotion's label, e.g. {@code "anger"}
 * @param confidence the probability of the predicted emotion, 0–1
 * @param correct    whether it is the annotated emotion
 */
public record RunPrediction(String predicted, double confidence, boolean correct) {
}
