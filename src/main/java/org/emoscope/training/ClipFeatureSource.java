package org.emoscope.training;

import org.emoscope.corpus.Clip;

/**
 * The log-Mel spectrogram of a clip at its natural length ({@code [n_mels][frames]}, dB, not
 * normalised), normally the feature pipeline with its on-disk cache. Called from the training thread.
 */
@FunctionalInterface
public interface ClipFeatureSource {
    float[][] logMel(Clip clip) throws Exception;
}
