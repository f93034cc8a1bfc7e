package org.emoscope.training.baseline;

import org.emoscope.corpus.Clip;

/** What the baseline reports while it runs; called on its (background) thread. Every method does nothing by default. */
public interface BaselineListener {
    BaselineListener NONE = new BaselineListener() {
    };

    /** A clip whose features could not be computed; it is left out. */
    default void clipSkipped(Clip clip, String reason) {
    }

    /** One fold is done; {@code done} of {@code total} so far. */
    default void foldFinished(BaselineFold fold, int done, int total) {
    }
}
