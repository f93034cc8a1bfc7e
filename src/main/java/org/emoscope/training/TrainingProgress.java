package org.emoscope.training;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.emoscope.task.Progress;

/**
 * One progress report of a training run, sent from the training thread; immutable, so any thread may
 * read it. Scores not known yet are {@code NaN}. Losses are the weighted terms of the objective
 * {@code γ·L_emotion + θ·L_speaker}, averaged over the epoch's batches so far.
 *
 * @param foldIndex            the current fold, from 0
 * @param foldCount            folds in the run
 * @param foldId               the current fold's {@link Fold#id()}
 * @param phase                what is being done
 * @param epoch                the current epoch, from 1; 0 before the first
 * @param epochs               epochs per fold
 * @param batch                batches finished in the current epoch
 * @param batches              batches per epoch; 0 when not known yet
 * @param gammaLossEmotion     γ·L_emotion
 * @param thetaLossSpeaker     θ·L_speaker (0 when θ is 0)
 * @param totalLoss            their sum
 * @param trainWa              weighted accuracy (overall accuracy) on the training clips of the last epoch
 * @param trainUa              unweighted accuracy (mean per-class recall) on them
 * @param validationWa         WA on the validation clips of the last epoch
 * @param validationUa         UA on them
 * @param trainSpeakerAccuracy speaker-head accuracy on the training clips of the last epoch. Measured on
 *                             training clips because validation and test speakers are never speaker
 *                             classes; {@code NaN} when θ is 0
 * @param samplesPerSecond     training throughput of the current epoch
 * @param eta                  estimated time left for the whole run; empty when not known yet
 */
public record TrainingProgress(int foldIndex, int foldCount, String foldId, TrainingPhase phase,
                               int epoch, int epochs, int batch, int batches,
                               double gammaLossEmotion, double thetaLossSpeaker, double totalLoss,
                               double trainWa, double trainUa, double validationWa, double validationUa,
                               double trainSpeakerAccuracy, double samplesPerSecond, Optional<Duration> eta) {

    public TrainingProgress {
        Objects.requireNonNull(foldId, "foldId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(eta, "eta");
        if (foldCount < 1 || foldIndex < 0 || foldIndex >= foldCount) {
            throw new IllegalArgumentException("fold " + foldIndex + " of " + foldCount + " is out of range");
        }
        if (epochs < 1 || epoch < 0 || epoch > epochs) {
            throw new IllegalArgumentException("epoch " + epoch + " of " + epochs + " is out of range");
        }
        if (batches < 0 || batch < 0 || batch > batches) {
            throw new IllegalArgumentException("batch " + batch + " of " + batches + " is out of range");
        }
    }

    /**
     * Share of the whole run done, in [0, 1]: finished folds, plus finished epochs and batches of
     * the current fold. A fold that is {@link TrainingPhase#DONE} counts as finished.
     */
    public double fraction() {
        double withinFold;
        if (phase == TrainingPhase.DONE) {
            withinFold = 1;
        } else {
            double batchShare = batches == 0 ? 0 : batch / (double) batches;
            withinFold = epoch == 0 ? 0 : (epoch - 1 + batchShare) / epochs;
        }
        return Math.min(1, (foldIndex + withinFold) / foldCount);
    }

    /** This report as a generic task progress, e.g. {@code "fold 2/4 savee:JE · epoch 17/300 · loss 1.234"}. */
    public Progress toTaskProgress() {
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT, "fold %d/%d %s · %s",
                foldIndex + 1, foldCount, foldId, phase.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        if (epoch > 0) {
            message.append(String.format(Locale.ROOT, " · epoch %d/%d", epoch, epochs));
        }
        if (!Double.isNaN(totalLoss)) {
            message.append(String.format(Locale.ROOT, " · loss %.3f", totalLoss));
        }
        if (!Double.isNaN(validationUa)) {
            message.append(String.format(Locale.ROOT, " · held-out UA %.1f%%", 100 * validationUa));
        }
        return new Progress(fraction(), message.toString());
    }
}
