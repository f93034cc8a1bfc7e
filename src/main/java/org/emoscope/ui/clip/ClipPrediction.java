package org.emoscope.ui.clip;

import org.emoscope.training.ClipAnalysis;
import org.emoscope.training.TrainedModel;
import org.emoscope.ui.controls.AttentionTrack;

/**
 * What a model says about a clip, with its attention laid out on the clip's time axis.
 *
 * @param analysis    the model's reading
 * @param attention   its local attention α on the clip's time axis
 * @param speakerHead whether the model's speaker head was trained (speaker loss weight θ &gt; 0), so
 *                    its speaker probabilities mean something
 * @param saliencyMap gradient saliency of the predicted emotion per band and input frame of the clip's audio,
 *                    {@code [band][frame]} ({@link org.emoscope.training.TrainedModel#inputSaliency})
 * @param frameSeconds seconds between the input frames' centres (the feature hop)
 */
public record ClipPrediction(ClipAnalysis analysis, AttentionTrack attention, boolean speakerHead,
                             double[][] saliencyMap, double frameSeconds) {
    /** The saliency per input frame: the map summed over bands. */
    public double[] saliency() {
        return TrainedModel.perFrame(saliencyMap);
    }
}
