package org.emoscope.features;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioLoader;

/**
 * The whole feature pipeline for one audio file: decode, downmix, resample to the config's rate
 * (as {@code librosa.load}), then the log-Mel spectrogram at its natural length — through the
 * on-disk {@link FeatureCache} when one is given. Thread-safe.
 */
public final class ClipFeatureExtractor {
    private final MelSpectrogramConfig config;
    private final LogMelSpectrogram logMel;
    private final Optional<FeatureCache> cache;

    private ClipFeatureExtractor(MelSpectrogramConfig config, Optional<FeatureCache> cache) {
        this.config = config;
        this.logMel = new LogMelSpectrogram(config);
        this.cache = cache;
    }

    /** Computes features every time. */
    public static ClipFeatureExtractor uncached(MelSpectrogramConfig config) {
        return new ClipFeatureExtractor(config, Optional.empty());
    }

    /** Keeps features in {@code cacheDirectory}, keyed by file content, config and code versions. */
    public static ClipFeatureExtractor cached(MelSpectrogramConfig config, Path cacheDirectory) {
        return new ClipFeatureExtractor(config, Optional.of(new FeatureCache(cacheDirectory, config, codeVersion())));
    }

    /** What cached features depend on besides the config: the feature code, decoder and resampler. */
    static String codeVersion() {
        return LogMelSpectrogram.ALGORITHM_VERSION + "+" + AudioLoader.VERSION;
    }

    public MelSpectrogramConfig config() {
        return config;
    }

    /** The log-Mel spectrogram of {@code audioFile}, [n_mels][1 + samples/hop] in dB. */
    public float[][] logMel(Path audioFile) throws AudioFormatException, IOException {
        if (cache.isPresent()) {
            return cache.get().get(audioFile, this::compute);
        }
        return compute(audioFile);
    }

    /** The log-Mel spectrogram of {@code samples}, mono at {@link MelSpectrogramConfig#sampleRate()}; not cached. */
    public float[][] logMel(float[] samples) {
        return logMel.compute(samples);
    }

    private float[][] compute(Path audioFile) throws AudioFormatException, IOException {
        return logMel.compute(AudioLoader.load(audioFile, config.sampleRate()).samples());
    }
}
