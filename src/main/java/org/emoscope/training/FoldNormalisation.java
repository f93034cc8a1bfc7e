package org.emoscope.training;

import org.emoscope.features.FeatureNormaliser;
import org.emoscope.features.FrameFitter;
import org.emoscope.features.NormalisationStats;

/**
 * How one fold turns a clip's natural-length log-Mel into network input: per-band standardisation
 * with statistics of the fold's training clips only, then cut/pad to a fixed number of frames. Saved
 * with every model so inference prepares clips exactly as training did. Immutable.
 */
public record FoldNormalisation(NormalisationStats stats, int frames, float padValue) {

    public float[][] prepare(float[][] logMel) {
        return FrameFitter.fit(FeatureNormaliser.apply(stats, logMel), frames, padValue);
    }
}
