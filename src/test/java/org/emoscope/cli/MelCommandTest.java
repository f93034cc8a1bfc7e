package org.emoscope.cli;

import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;
import org.emoscope.audio.DecodedAudio;
import org.emoscope.audio.SampleEncoding;
import org.emoscope.features.LogMelSpectrogram;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.features.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MelCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final float[] samples = sine(20_123);

    private int run(MelCommand.AudioSource source, String... args) {
        CommandLine cli = new CommandLine(new MelCommand(source));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private DecodedAudio decode(Path file, int rate) {
        return new DecodedAudio(samples, rate, new AudioInfo(rate, 1, 16, SampleEncoding.PCM_INTEGER, samples.length, false));
    }

    @Test
    void writesNaturalLengthLogMelAsFloat32() throws Exception {
        Path npy = dir.resolve("out.npy");
        assertThat(run(this::decode, "in.wav", npy.toString())).isZero();
        float[][] written = Npy.readFloat32(npy);
        assertThat(written).isDeepEqualTo(new LogMelSpectrogram(MelSpectrogramConfig.paper()).compute(samples));
        assertThat(written[0]).hasSize(1 + 20_123 / 400);
    }

    @Test
    void padsToRequestedFramesWithPadValue() throws Exception {
        Path npy = dir.resolve("out.npy");
        assertThat(run(this::decode, "in.wav", npy.toString(), "--frames", "256", "--pad", "-1")).isZero();
        float[][] written = Npy.readFloat32(npy);
        assertThat(written).hasNumberOfRows(128);
        assertThat(written[5]).hasSize(256);
        assertThat(written[5][51]).isEqualTo(-1f);
        assertThat(written[5][255]).isEqualTo(-1f);
    }

    @Test
    void reportsBadWavNamingTheFileAndFails() {
        Path npy = dir.resolve("out.npy");
        MelCommand.AudioSource broken = (file, rate) -> {
            throw new AudioFormatException(file, "not a RIFF/WAVE file");
        };
        assertThat(run(broken, "JE/sa03.wav", npy.toString())).isNotZero();
        assertThat(err.toString()).contains("sa03.wav: not a RIFF/WAVE file");
        assertThat(Files.exists(npy)).isFalse();
    }

    @Test
    void rejectsNonPositiveFrameCount() {
        assertThat(run(this::decode, "in.wav", dir.resolve("o.npy").toString(), "--frames", "0")).isNotZero();
        assertThat(err.toString()).contains("--frames must be at least 1");
    }

    @Test
    void refusesAnOutputFolderThatDoesNotExistAndCreatesNothing() {
        Path missing = dir.resolve("no/such/folder/x.npy");

        assertThat(run(this::decode, "in.wav", missing.toString())).isEqualTo(2);

        assertThat(err.toString().strip()).isEqualTo(missing + ": the folder " + missing.getParent() + " does not exist");
        assertThat(dir.resolve("no")).doesNotExist();
    }

    @Test
    void saysWhenTheInputIsTruncatedAndItsAudioIsUsed() {
        MelCommand.AudioSource truncated = (file, rate) -> new DecodedAudio(samples, rate,
                new AudioInfo(rate, 1, 16, SampleEncoding.PCM_INTEGER, samples.length, true));

        assertThat(run(truncated, "cut.wav", dir.resolve("o.npy").toString())).isZero();

        assertThat(err.toString().strip()).isEqualTo(
                "cut.wav: truncated: the file ends before its data chunk does; 1.26 s of audio present (used)");
    }

    private static float[] sine(int n) {
        float[] s = new float[n];
        for (int i = 0; i < n; i++) {
            s[i] = (float) (0.3 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
        }
        return s;
    }
}
