package org.emoscope.ui.training;

import org.emoscope.experiment.HistoryRow;
import org.emoscope.training.TrainingProgress;

/**
 * One epoch on the training curves: the weighted losses averaged over the epoch and the validation
 * scores after it ({@code NaN} when not measured). Immutable.
 */
public record EpochPoint(String foldId, int epoch, double gammaLossEmotion, double thetaLossSpeaker,
                         double totalLoss, double validationWa, double validationUa) {

    /** The point of a report sent once an epoch is validated ({@code TrainingPhase.VALIDATING}). */
    static EpochPoint of(TrainingProgress validated) {
        return new EpochPoint(validated.foldId(), validated.epoch(), validated.gammaLossEmotion(),
                validated.thetaLossSpeaker(), validated.totalLoss(), validated.validationWa(),
                validated.validationUa());
    }

    /** The point of an epoch recorded in a run's history. */
    static EpochPoint of(HistoryRow row) {
        return new EpochPoint(row.foldId(), row.epoch(), row.weightedEmotionLoss(), row.weightedSpeakerLoss(),
                row.totalLoss(), row.valWa(), row.valUa());
    }
}
