package org.emoscope.ui.clip;

import org.emoscope.training.ClipAnalysis;
import org.emoscope.ui.controls.AttentionTrack;

/**
 * What a model says about a clip, with its attention laid out on the clip's time axis.
 *
 * @param analysis    the model's reading
 * @param attention   its local attention α on the clip's time axis
 * @param speakerHead whether the model's speaker head was trained (speaker loss weight θ &gt; 0), so
 *                    its speaker probabilities mean something
 * @param saliency    gradient saliency of the predicted emotion per input frame of the clip's audio
 *                    ({@link org.emoscope.training.TrainedModel#frameSaliency})
 * @param frameSeconds seconds between the input frames' centres (the feature hop)
 */
public record ClipPrediction(ClipAnalysis analysis, AttentionTrack attention, boolean speakerHead, double[] saliency,
                             double frameSeconds) {
}
