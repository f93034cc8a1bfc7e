package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.emoscope.testing.SharedData;

/** Real corpus files (EMO-DB cut to 2 s, 22.05 kHz 16-bit mono), when the shared data set is present. */
class EmoDbFilesTest {
    private List<Path> files;

    /** Per test, not once for the class: a missing data set then skips each test, counted and with its reason. */
    @BeforeEach
    void findCorpus() throws IOException {
        Path wavs = SharedData.require("emodb-2s").resolve("wav");
        try (Stream<Path> listing = Files.list(wavs)) {
            files = listing.filter(p -> p.toString().endsWith(".wav")).sorted().collect(Collectors.toList());
        }
        Assumptions.assumeFalse(files.isEmpty(), "no .wav files in " + wavs);
    }

    @Test
    void probesEveryFileAs2SecondsOf22kHzMono() throws Exception {
        for (Path file : files) {
            assertThat(WavReader.probe(file)).as(file.toString())
                    .isEqualTo(new AudioInfo(22_050, 1, 16, SampleEncoding.PCM_INTEGER, 44_100, false));
        }
    }

    @Test
    void decodesAndLoadsOneFileAt16kHz() throws Exception {
        Path file = files.get(0);

        DecodedAudio decoded = WavReader.decode(file);
        DecodedAudio loaded = AudioLoader.load(file, 16_000);

        assertThat(decoded.samples()).hasSize(44_100);
        assertThat(peak(decoded.samples())).isBetween(0.01f, 1f);
        assertThat(loaded.samples()).hasSize(32_000);
        assertThat(loaded.seconds()).isEqualTo(2.0);
        // Resampling keeps the level of speech: RMS within 0.1 dB.
        assertThat(20 * Math.log10(rms(loaded.samples()) / rms(decoded.samples()))).isBetween(-0.1, 0.1);
    }

    private static float peak(float[] x) {
        float peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum / x.length);
    }
}
