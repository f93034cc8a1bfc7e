package org.emoscope.ui.clip;

import org.emoscope.training.ClipAnalysis;
import org.emoscope.ui.controls.AttentionTrack;

/** What a model says about a clip, with its attention laid out on the clip's time axis. */
public record ClipPrediction(ClipAnalysis analysis, AttentionTrack attention) {
}
