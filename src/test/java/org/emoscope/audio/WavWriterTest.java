package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    @TempDir
    Path dir;

    @Test
    void writtenFileDecodesToTheSameSamplesWithinOneQuantisationStep() throws Exception {
        float[] samples = {0f, 0.5f, -0.5f, 0.999f, -1f, 1.7f, -3f};
        Path file = dir.resolve("out.wav");

        WavWriter.writePcm16(file, samples, 22_050);
        DecodedAudio decoded = WavReader.decode(file);

        assertThat(decoded.sampleRate()).isEqualTo(22_050);
        assertThat(decoded.info().bitsPerSample()).isEqualTo(16);
        float[] expected = {0f, 0.5f, -0.5f, 0.999f, -1f, 32767 / 32768f, -1f};
        for (int i = 0; i < samples.length; i++) {
            assertThat(decoded.samples()[i]).isCloseTo(expected[i], within(1f / 32768));
        }
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        WavWriter.writePcm16(dir.resolve("a.wav"), new float[100], 16_000);

        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.wav");
        }
    }
}
