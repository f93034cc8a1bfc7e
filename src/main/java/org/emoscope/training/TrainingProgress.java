package org.emoscope.training;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.emoscope.task.Progress;

/**
 * One progress report of a training run, sent from the training thread; immutable, so any thread may read it.
 * Made by the named constructors, one per kind of report: {@link #preparingFeatures}, {@link #training} (after each
 * batch) and {@link #validated} (after each epoch).
 *
 * @param foldIndex        the current fold, from 0
 * @param foldCount        folds in the run
 * @param foldId           the current fold's {@link Fold#id()}
 * @param phase            what is being done
 * @param epoch            the current epoch, from 1; 0 before the first
 * @param epochs           epochs per fold
 * @param batch            batches (or, while preparing features, clips) finished
 * @param batches          batches per epoch (or clips to prepare); 0 when not known yet
 * @param gammaLossEmotion γ·L_emotion averaged over the current epoch's batches so far; {@code NaN} before training
 * @param thetaLossSpeaker θ·L_speaker likewise (0 when θ is 0)
 * @param lastEpoch        the current fold's last finished epoch: while training, the one before the current; once
 *                         validated, the current one
 * @param samplesPerSecond training throughput of the current epoch; {@code NaN} before training
 * @param eta              estimated time left for the whole run; empty when not known yet
 */
public record TrainingProgress(int foldIndex, int foldCount, String foldId, TrainingPhase phase,
                               int epoch, int epochs, int batch, int batches,
                               double gammaLossEmotion, double thetaLossSpeaker, Optional<EpochSummary> lastEpoch,
                               double samplesPerSecond, Optional<Duration> eta) {

    public TrainingProgress {
        Objects.requireNonNull(foldId, "foldId");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(lastEpoch, "lastEpoch");
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

    /** Log-Mel features of {@code done} of {@code clips} clips are ready; training starts with fold {@code foldId}. */
    public static TrainingProgress preparingFeatures(int foldCount, String foldId, int epochs, int done, int clips) {
        return new TrainingProgress(0, foldCount, foldId, TrainingPhase.PREPARING_FEATURES, 0, epochs, done, clips,
                Double.NaN, Double.NaN, Optional.empty(), Double.NaN, Optional.empty());
    }

    /** {@code batch} of {@code batches} batches of {@code epoch} are trained, with these mean weighted losses so far. */
    public static TrainingProgress training(int foldIndex, int foldCount, String foldId, int epoch, int epochs,
                                            int batch, int batches, double gammaLossEmotion, double thetaLossSpeaker,
                                            Optional<EpochSummary> previous, double samplesPerSecond,
                                            Optional<Duration> eta) {
        return new TrainingProgress(foldIndex, foldCount, foldId, TrainingPhase.TRAINING, epoch, epochs, batch,
                batches, gammaLossEmotion, thetaLossSpeaker, previous, samplesPerSecond, eta);
    }

    /** {@code finished}, an epoch of the fold at {@code foldIndex}, has been trained and scored. */
    public static TrainingProgress validated(int foldIndex, int foldCount, int epochs, int batches,
                                             EpochSummary finished, double samplesPerSecond, Optional<Duration> eta) {
        return new TrainingProgress(foldIndex, foldCount, finished.foldId(), TrainingPhase.VALIDATING, finished.epoch(),
                epochs, batches, batches, finished.gammaLossEmotion(), finished.thetaLossSpeaker(),
                Optional.of(finished), samplesPerSecond, eta);
    }

    /** γ·L_emotion + θ·L_speaker of the current epoch so far. */
    public double totalLoss() {
        return gammaLossEmotion + thetaLossSpeaker;
    }

    /** Share of the whole run done, in [0, 1]: finished folds, plus finished epochs and batches of the current fold. */
    public double fraction() {
        double batchShare = batches == 0 ? 0 : batch / (double) batches;
        double withinFold = epoch == 0 ? 0 : (epoch - 1 + batchShare) / epochs;
        return Math.min(1, (foldIndex + withinFold) / foldCount);
    }

    /** This report as a generic task progress, e.g. {@code "fold 2/4 savee:JE · epoch 17/300 · loss 1.234"}. */
    public Progress toTaskProgress() {
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT, "fold %d/%d %s · %s",
                foldIndex + 1, foldCount, foldId, phase.name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        if (epoch > 0) {
            message.append(String.format(Locale.ROOT, " · epoch %d/%d", epoch, epochs));
        }
        if (!Double.isNaN(totalLoss())) {
            message.append(String.format(Locale.ROOT, " · loss %.3f", totalLoss()));
        }
        double heldOutUa = lastEpoch.map(EpochSummary::validationUa).orElse(Double.NaN);
        if (!Double.isNaN(heldOutUa)) {
            message.append(String.format(Locale.ROOT, " · held-out UA %.1f%%", 100 * heldOutUa));
        }
        return new Progress(fraction(), message.toString());
    }
}
