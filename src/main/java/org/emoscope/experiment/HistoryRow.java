package org.emoscope.experiment;

import java.util.Objects;

/**
 * One epoch of one fold in {@code history.csv}. Scores are fractions in [0, 1]; NaN marks a value
 * that was not measured (e.g. no speaker head, or no validation set).
 *
 * @param foldId              the fold, e.g. {@code "savee:DC"}
 * @param epoch               1-based epoch number
 * @param weightedEmotionLoss γ·L_emotion, the emotion term of the training loss
 * @param weightedSpeakerLoss θ·L_speaker, the speaker term of the training loss
 * @param totalLoss           the training loss
 * @param trainWa             weighted accuracy on the training data
 * @param trainUa             unweighted accuracy on the training data
 * @param valWa               weighted accuracy on the validation data
 * @param valUa               unweighted accuracy on the validation data
 * @param speakerAccuracy     accuracy of the speaker head
 * @param seconds             wall time of the epoch
 * @param selected            whether this epoch's model was selected as the fold's model
 * @param testWa              weighted accuracy on the test speaker's clips after this epoch (recorded to show
 *                            how far the selected epoch is from the last and the best one; never used to select,
 *                            except under the test-oracle policy); NaN in runs written before it was recorded
 * @param testUa              unweighted accuracy on the test clips, likewise
 */
public record HistoryRow(String foldId, int epoch, double weightedEmotionLoss, double weightedSpeakerLoss,
                         double totalLoss, double trainWa, double trainUa, double valWa, double valUa,
                         double speakerAccuracy, double seconds, boolean selected, double testWa, double testUa) {

    public HistoryRow {
        Objects.requireNonNull(foldId, "foldId");
    }

    /** A row without test scores. */
    public HistoryRow(String foldId, int epoch, double weightedEmotionLoss, double weightedSpeakerLoss,
                      double totalLoss, double trainWa, double trainUa, double valWa, double valUa,
                      double speakerAccuracy, double seconds, boolean selected) {
        this(foldId, epoch, weightedEmotionLoss, weightedSpeakerLoss, totalLoss, trainWa, trainUa, valWa, valUa,
                speakerAccuracy, seconds, selected, Double.NaN, Double.NaN);
    }

    public HistoryRow withSelected(boolean isSelected) {
        return new HistoryRow(foldId, epoch, weightedEmotionLoss, weightedSpeakerLoss, totalLoss, trainWa, trainUa,
                valWa, valUa, speakerAccuracy, seconds, isSelected, testWa, testUa);
    }
}
