package org.emoscope.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.testing.WavBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole pipeline, file to log-Mel, against librosa's (soxr_hq-resampled) numbers. */
class ClipFeatureExtractorTest {
    /** librosa resamples with soxr_hq; below 7 kHz our bands must agree with it within this. */
    private static final double MAX_BAND_DIFFERENCE_DB = 0.5;
    private static final double COMPARED_BELOW_HZ = 7_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"chirp-noise-44100", "speech-22050"})
    void resampledInputMatchesLibrosaSoxrHqInBandsBelowSevenKilohertz(String name) throws Exception {
        Path wav = resource("/org/emoscope/audio/soxr/" + name + ".wav");
        float[][] expected = Npy.readFloat32(resource("/org/emoscope/features/" + name + ".soxr_hq.logmel.npy"));
        MelSpectrogramConfig config = MelSpectrogramConfig.paper();

        float[][] actual = ClipFeatureExtractor.uncached(config).logMel(wav);

        assertThat(actual.length).isEqualTo(expected.length);
        assertThat(actual[0].length).isEqualTo(expected[0].length);
        double[] edges = MelScale.melFrequencies(config.nMels() + 2, config.fmin(), config.sampleRate() / 2.0, config.htk());
        double worst = 0;
        int compared = 0;
        for (int band = 0; band < expected.length; band++) {
            if (edges[band + 1] >= COMPARED_BELOW_HZ) {
                continue;
            }
            compared++;
            for (int frame = 0; frame < expected[band].length; frame++) {
                worst = Math.max(worst, Math.abs(actual[band][frame] - expected[band][frame]));
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(worst).isLessThanOrEqualTo(MAX_BAND_DIFFERENCE_DB);
    }

    @Test
    void cachedFeaturesEqualComputedOnesAndAreStoredOnce() throws Exception {
        Path wav = WavBuilder.sine(44_100, 440, 44_100).writeTo(dir.resolve("a440.wav"));
        Path cacheDir = dir.resolve("cache");
        ClipFeatureExtractor cached = ClipFeatureExtractor.cached(MelSpectrogramConfig.paper(), cacheDir);

        float[][] first = cached.logMel(wav);
        float[][] second = cached.logMel(wav);

        assertThat(second).isDeepEqualTo(first);
        assertThat(ClipFeatureExtractor.uncached(MelSpectrogramConfig.paper()).logMel(wav)).isDeepEqualTo(first);
        assertThat(first[0]).hasSize(1 + 16_000 / 400);
        try (Stream<Path> entries = Files.list(cacheDir)) {
            assertThat(entries.filter(p -> p.toString().endsWith(".mel"))).hasSize(1);
        }
    }

    @Test
    void badAudioIsReportedWithTheFileNameAndNothingIsCached() throws IOException {
        Path bad = Files.writeString(dir.resolve("JE_sa03.wav"), "this is not audio");
        Path cacheDir = dir.resolve("cache");

        assertThatThrownBy(() -> ClipFeatureExtractor.cached(MelSpectrogramConfig.paper(), cacheDir).logMel(bad))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageContaining("JE_sa03.wav");
        assertThat(Files.exists(cacheDir) ? Files.list(cacheDir).count() : 0).isZero();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ClipFeatureExtractorTest.class.getResource(name).toURI());
    }
}
