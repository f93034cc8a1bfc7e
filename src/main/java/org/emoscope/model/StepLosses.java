package org.emoscope.model;

/**
 * Losses of one training step, measured on the batch before the update.
 *
 * @param emotionCrossEntropy  mean emotion cross-entropy L_emotion
 * @param speakerCrossEntropy  mean speaker cross-entropy L_speaker
 * @param weightedEmotion      gamma * L_emotion
 * @param weightedSpeaker      theta * L_speaker
 * @param total                weightedEmotion + weightedSpeaker, the value that was minimised
 */
public record StepLosses(
        double emotionCrossEntropy,
        double speakerCrossEntropy,
        double weightedEmotion,
        double weightedSpeaker,
        double total) {
}
