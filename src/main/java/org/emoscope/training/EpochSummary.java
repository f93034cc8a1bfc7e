package org.emoscope.training;

import java.util.Objects;

/**
 * What one epoch of one fold achieved: the one epoch record of the trainer, {@code history.csv}, a resumed run
 * and the training curves. Scores not measured are {@code NaN} (no validation set, no speaker head, or a run
 * written before the score was recorded). Losses are the weighted terms γ·L_emotion and θ·L_speaker, averaged
 * over the epoch's batches. Immutable.
 *
 * @param foldId               the fold's {@link Fold#id()}, e.g. {@code "savee:DC"}
 * @param epoch                the epoch, from 1
 * @param gammaLossEmotion     mean γ·L_emotion
 * @param thetaLossSpeaker     mean θ·L_speaker
 * @param totalLoss            mean total loss
 * @param trainWa              WA on the training clips
 * @param trainUa              UA on the training clips
 * @param validationWa         WA on the validation clips
 * @param validationUa         UA on the validation clips: the score {@link ModelSelection#VALIDATION} selects on
 * @param testWa               WA on the test clips after this epoch (recorded to show how far the kept epoch is
 *                             from the last and the best one; it selects nothing except under the test oracle)
 * @param testUa               UA on the test clips: the score {@link ModelSelection#TEST_ORACLE} selects on
 * @param trainSpeakerAccuracy speaker-head accuracy on the training clips ({@code NaN} when θ is 0)
 * @param seconds              wall time of the epoch, validation included
 * @param selected             whether this epoch's model is the fold's kept one: while the fold trains, each epoch
 *                             that was the best so far when it finished; once the fold has finished, only the
 *                             epoch kept
 */
public record EpochSummary(String foldId, int epoch, double gammaLossEmotion, double thetaLossSpeaker,
                           double totalLoss, double trainWa, double trainUa, double validationWa,
                           double validationUa, double testWa, double testUa, double trainSpeakerAccuracy,
                           double seconds, boolean selected) {

    public EpochSummary {
        Objects.requireNonNull(foldId, "foldId");
        if (epoch < 1) {
            throw new IllegalArgumentException("fold " + foldId + ", epoch " + epoch + ": epochs count from 1");
        }
    }

    /** This epoch with another {@link #selected()} flag. */
    public EpochSummary withSelected(boolean isSelected) {
        return new EpochSummary(foldId, epoch, gammaLossEmotion, thetaLossSpeaker, totalLoss, trainWa, trainUa,
                validationWa, validationUa, testWa, testUa, trainSpeakerAccuracy, seconds, isSelected);
    }

    /** This epoch with other test scores. */
    public EpochSummary withTestScores(double wa, double ua) {
        return new EpochSummary(foldId, epoch, gammaLossEmotion, thetaLossSpeaker, totalLoss, trainWa, trainUa,
                validationWa, validationUa, wa, ua, trainSpeakerAccuracy, seconds, selected);
    }
}
