package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.emoscope.testing.WavBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioLoaderTest {
    @TempDir
    Path dir;

    @Test
    void resamplesToTargetRateKeepingOriginalHeader() throws Exception {
        Path file = WavBuilder.sine(44_100, 440, 44_100).writeTo(dir.resolve("a.wav"));

        DecodedAudio audio = AudioLoader.load(file, 16_000);

        assertThat(audio.sampleRate()).isEqualTo(16_000);
        assertThat(audio.samples()).hasSize(16_000);
        assertThat(audio.info().sampleRate()).isEqualTo(44_100);
        assertThat(audio.info().frames()).isEqualTo(44_100);
        assertThat(audio.samples()).isEqualTo(
                Resampler.between(44_100, 16_000).resample(WavReader.decode(file).samples()));
    }

    @Test
    void leavesAudioAtTargetRateAsDecoded() throws Exception {
        Path file = WavBuilder.pcm16(16_000, (short) 100, (short) -100).writeTo(dir.resolve("b.wav"));

        DecodedAudio audio = AudioLoader.load(file, 16_000);

        assertThat(audio.samples()).containsExactly(100 / 32768f, -100 / 32768f);
        assertThat(audio.sampleRate()).isEqualTo(16_000);
    }

    @Test
    void passesFormatErrorsThroughWithFileName() throws Exception {
        Path file = new WavBuilder().withoutFmt().writeTo(dir.resolve("c.wav"));

        assertThatThrownBy(() -> AudioLoader.load(file, 16_000))
                .isInstanceOf(AudioFormatException.class)
                .hasMessage(file + ": no fmt chunk");
    }

    @Test
    void reportsUnresamplableRateAsFormatProblemOfTheFile() throws Exception {
        Path file = WavBuilder.pcm16(999_999, new short[100]).writeTo(dir.resolve("odd-rate.wav"));

        assertThatThrownBy(() -> AudioLoader.load(file, 16_000))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageStartingWith(file + ": cannot resample 999999 Hz to 16000 Hz");
    }

    @Test
    void rejectsNonPositiveTargetRate() throws Exception {
        Path file = WavBuilder.pcm16(16_000, (short) 1).writeTo(dir.resolve("d.wav"));

        assertThatThrownBy(() -> AudioLoader.load(file, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
