package org.emoscope.training;

import java.util.Objects;

/**
 * One row of a fold's training history: what one epoch achieved. Scores not measured are {@code NaN}.
 * Losses are the weighted terms γ·L_emotion and θ·L_speaker, averaged over the epoch's batches.
 * Immutable.
 *
 * @param foldIndex            the fold, from 0
 * @param foldId               the fold's {@link Fold#id()}
 * @param epoch                the epoch, from 1
 * @param gammaLossEmotion     mean γ·L_emotion
 * @param thetaLossSpeaker     mean θ·L_speaker
 * @param totalLoss            mean total loss
 * @param trainWa              WA on the training clips
 * @param trainUa              UA on the training clips
 * @param validationWa         WA on the validation clips
 * @param validationUa         UA on the validation clips: the score {@link ModelSelection#VALIDATION} selects on
 * @param testWa               WA on the test clips, when measured every epoch
 * @param testUa               UA on the test clips: the score {@link ModelSelection#TEST_ORACLE} selects on
 * @param trainSpeakerAccuracy speaker-head accuracy on the training clips ({@code NaN} when θ is 0)
 * @param seconds              wall time of the epoch, validation included
 * @param bestSoFar            whether this epoch was the selected one when it finished
 */
public record EpochSummary(int foldIndex, String foldId, int epoch, double gammaLossEmotion,
                           double thetaLossSpeaker, double totalLoss, double trainWa, double trainUa,
                           double validationWa, double validationUa, double testWa, double testUa,
                           double trainSpeakerAccuracy, double seconds, boolean bestSoFar) {

    public EpochSummary {
        Objects.requireNonNull(foldId, "foldId");
        if (foldIndex < 0 || epoch < 1) {
            throw new IllegalArgumentException("fold " + foldIndex + ", epoch " + epoch
                    + ": the fold counts from 0 and the epoch from 1");
        }
    }

    /** This row with another {@link #bestSoFar()} flag. */
    public EpochSummary withBestSoFar(boolean best) {
        return new EpochSummary(foldIndex, foldId, epoch, gammaLossEmotion, thetaLossSpeaker, totalLoss, trainWa,
                trainUa, validationWa, validationUa, testWa, testUa, trainSpeakerAccuracy, seconds, best);
    }
}
