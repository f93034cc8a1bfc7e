package org.emoscope.ui.clip;

import org.emoscope.corpus.Emotion;

/**
 * One bar of the clip's emotion chart.
 *
 * @param emotion     the class
 * @param probability the model's probability for it
 * @param predicted   whether it is the model's choice
 * @param labelled    whether it is the clip's true label
 */
public record EmotionProbability(Emotion emotion, double probability, boolean predicted, boolean labelled) {
}
