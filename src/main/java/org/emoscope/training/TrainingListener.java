package org.emoscope.training;

import java.io.IOException;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.corpus.Clip;
import org.emoscope.model.EmotionNet;

/**
 * Hears what a {@link Trainer} does, on the training thread. The experiment layer implements it to
 * write history, checkpoints, models and predictions; the UI sees only {@link #progress}.
 */
public interface TrainingListener {
    /** Frequent: after every batch and phase change. Must be cheap. */
    default void progress(TrainingProgress progress) {
    }

    /** Once, before the first fold: the frames every clip is cut or padded to (resolved when the config says auto). */
    default void inputFramesChosen(int frames) {
    }

    /**
     * A clip whose features could not be computed; it is left out of the run.
     *
     * @param reason the problem without the file name (see {@link #reasonFor})
     */
    default void clipSkipped(Clip clip, String reason) {
    }

    /** Why a clip's features failed, without the file name the clip already carries. */
    static String reasonFor(Exception failure) {
        return failure instanceof AudioFormatException audio ? audio.problem() : String.valueOf(failure.getMessage());
    }

    /** After every epoch, with the net as it is then (for checkpoints). */
    default void epochFinished(Fold fold, EpochSummary summary, EmotionNet net, FoldNormalisation normalisation)
            throws IOException {
    }

    /** When an epoch becomes the fold's selected model (for saving it). */
    default void newBestEpoch(Fold fold, EpochSummary summary, EmotionNet net, FoldNormalisation normalisation)
            throws IOException {
    }

    /** When a fold is finished, with its test predictions from the selected epoch. */
    default void foldFinished(FoldResult result) throws IOException {
    }
}
