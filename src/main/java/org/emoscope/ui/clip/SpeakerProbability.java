package org.emoscope.ui.clip;

/**
 * One bar of the clip's speaker chart.
 *
 * @param speakerKey  the speaker class, e.g. {@code "emodb:09"}
 * @param probability the speaker head's probability for it
 * @param predicted   whether it is the head's choice
 * @param speaking    whether it is who speaks in the clip
 */
public record SpeakerProbability(String speakerKey, double probability, boolean predicted, boolean speaking) {
}
