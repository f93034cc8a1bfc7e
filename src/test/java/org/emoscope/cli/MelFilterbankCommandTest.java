package org.emoscope.cli;

import org.emoscope.features.MelFilterbank;
import org.emoscope.features.MelNorm;
import org.emoscope.features.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MelFilterbankCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new MelFilterbankCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesPaperFilterbankAsFloat64Npy() throws Exception {
        Path file = dir.resolve("fb.npy");
        assertThat(run(file.toString(), "--sr", "16000", "--n-fft", "800", "--n-mels", "128")).isZero();
        double[][] written = Npy.readFloat64(file);
        assertThat(written).isDeepEqualTo(MelFilterbank.create(16000, 800, 128, 0, 8000, false, MelNorm.SLANEY));
        assertThat(out.toString()).contains("128 x 401");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void honoursBandLimitsHtkScaleAndNoNorm() throws Exception {
        Path file = dir.resolve("fb.npy");
        assertThat(run(file.toString(), "--sr", "22050", "--n-fft", "2048", "--n-mels", "40", "--fmin", "50",
                "--fmax", "7000", "--htk", "--norm", "none")).isZero();
        assertThat(Npy.readFloat64(file)).isDeepEqualTo(MelFilterbank.create(22050, 2048, 40, 50, 7000, true, MelNorm.NONE));
    }

    @Test
    void rejectsInvalidArgumentsOnStderrWithoutWritingAFile() {
        Path file = dir.resolve("fb.npy");
        int code = run(file.toString(), "--sr", "16000", "--n-fft", "801", "--n-mels", "128", "--fmax", "9000");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("n_fft must be even").contains("Nyquist");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void rejectsUnknownNorm() {
        int code = run(dir.resolve("fb.npy").toString(), "--sr", "16000", "--n-fft", "800", "--n-mels", "128",
                "--norm", "l2");
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--norm").contains("slaney or none");
    }

    @Test
    void rejectsMissingRequiredOption() {
        assertThat(run(dir.resolve("fb.npy").toString(), "--sr", "16000")).isNotZero();
        assertThat(err.toString()).contains("--n-fft");
    }
}
