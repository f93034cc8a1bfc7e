package org.emoscope.ui.clip;

import java.io.IOException;
import java.util.Optional;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioLoader;
import org.emoscope.audio.DecodedAudio;
import org.emoscope.corpus.Clip;
import org.emoscope.features.LogMelSpectrogram;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.features.ProsodyContour;
import org.emoscope.features.ProsodyTracker;
import org.emoscope.task.TaskCancelledException;
import org.emoscope.task.TaskContext;
import org.emoscope.ui.controls.Colormap;
import org.emoscope.ui.controls.HeatmapRenderer;
import org.emoscope.ui.controls.SpectrogramData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clip view's background work for one clip: decode, log-Mel, render the spectrogram image, track pitch
 * and energy and, with a model, analyse. A model that fails on the clip does not lose the rest: the content comes
 * back without a prediction and says why. Thread-safe; runs on a background thread.
 */
public final class ClipLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ClipLoader.class);

    private final MelSpectrogramConfig config;
    private final LogMelSpectrogram logMel;

    /** Shows the features the paper's model sees: 16 kHz, 128 Slaney mels, 25 ms hop, 80 dB range. */
    public ClipLoader() {
        this(MelSpectrogramConfig.paper());
    }

    public ClipLoader(MelSpectrogramConfig config) {
        this.config = config;
        this.logMel = new LogMelSpectrogram(config);
    }

    public ClipContent load(Clip clip, Optional<ClipAnalyser> model, TaskContext context)
            throws AudioFormatException, IOException {
        DecodedAudio audio = AudioLoader.load(clip.path(), config.sampleRate());
        context.checkCancelled();
        float[][] mel = logMel.compute(audio.samples());
        SpectrogramData spectrogram = render(mel);
        context.checkCancelled();
        ProsodyContour prosody = ProsodyTracker.track(audio.samples(), audio.sampleRate());
        context.checkCancelled();
        Optional<ClipPrediction> prediction = Optional.empty();
        String problem = "";
        if (model.isPresent()) {
            try {
                prediction = Optional.of(model.get().analyse(clip));
            } catch (TaskCancelledException e) {
                throw e;
            } catch (Exception e) {
                LOG.warn("{} could not analyse {}", model.get().name(), clip.path(), e);
                problem = model.get().name() + " could not analyse " + clip.relativePath() + ": " + e.getMessage();
            }
        }
        return new ClipContent(clip, audio.samples(), audio.sampleRate(), mel, spectrogram, prosody, prediction,
                problem);
    }

    /** The spectrogram of mono {@code samples} at the loader's sample rate, as a clip's is drawn (e.g. a live window). */
    public SpectrogramData spectrogramOf(float[] samples) {
        return render(logMel.compute(samples));
    }

    /** The colour range is the clip's own: its loudest cell down to the top-dB floor (or its quietest cell). */
    private SpectrogramData render(float[][] mel) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (float[] band : mel) {
            for (float value : band) {
                max = Math.max(max, value);
                min = Math.min(min, value);
            }
        }
        if (config.hasTopDb()) {
            min = Math.max(min, max - config.topDb());
        }
        if (!(max > min)) {
            min = max - 1;
        }
        return new SpectrogramData(HeatmapRenderer.render(mel, min, max, Colormap.viridis()),
                config.hopLength() / (double) config.sampleRate(), min, max, config.fmin(), config.fmax(),
                config.htk());
    }
}
