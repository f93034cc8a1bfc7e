package org.emoscope.ui.clip;

import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.features.ProsodyContour;
import org.emoscope.ui.controls.SpectrogramData;

/**
 * Everything the clip view shows about one clip, made in one background task so the tracks never
 * show parts of two different clips.
 *
 * @param clip            the clip
 * @param samples         its mono audio at {@code sampleRate}
 * @param sampleRate      samples per second of {@code samples}
 * @param logMel          its log-Mel spectrogram, [bands][frames] in dB
 * @param spectrogram     {@code logMel} rendered for display
 * @param prosody         its pitch and energy contour, from {@code samples}
 * @param prediction      the model's reading, empty without a model or when the model failed
 * @param analysisProblem why the model could not read the clip, empty when it could or there is no model
 */
public record ClipContent(Clip clip, float[] samples, int sampleRate, float[][] logMel, SpectrogramData spectrogram,
                          ProsodyContour prosody, Optional<ClipPrediction> prediction, String analysisProblem) {

    /** Duration of the decoded audio; the length of every track's time axis. */
    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
