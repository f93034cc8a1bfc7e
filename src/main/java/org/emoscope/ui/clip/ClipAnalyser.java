package org.emoscope.ui.clip;

import org.emoscope.corpus.Clip;

/**
 * A loaded model as the clip view uses it. Implementations are safe to call from any background
 * thread; {@link #analyse} is slow and must stay off the FX thread.
 */
public interface ClipAnalyser extends AutoCloseable {
    /** Shown to the user, e.g. the model file's name. */
    String name();

    ClipPrediction analyse(Clip clip) throws Exception;

    /** Frees the model; later calls to {@link #analyse} fail. */
    @Override
    void close();
}
