package org.emoscope.cli;

import org.emoscope.features.MelFilterbank;
import org.emoscope.features.MelNorm;
import org.emoscope.features.Npy;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code emoscope mel-filterbank OUT.npy --sr S --n-fft N --n-mels M [...]}: writes librosa's
 * {@code filters.mel} as a float64 NPY of shape {@code [n_mels, 1 + n_fft/2]}.
 */
@Command(name = "mel-filterbank", mixinStandardHelpOptions = true,
        description = "Write a librosa-exact mel filterbank as a float64 .npy [n_mels, 1 + n_fft/2].")
final class MelFilterbankCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT.npy", description = "Output file.")
    private Path output;

    @Option(names = "--sr", required = true, paramLabel = "HZ", description = "Sample rate.")
    private int sampleRate;

    @Option(names = "--n-fft", required = true, paramLabel = "N", description = "FFT length (even).")
    private int nFft;

    @Option(names = "--n-mels", required = true, paramLabel = "M", description = "Number of mel bands.")
    private int nMels;

    @Option(names = "--fmin", defaultValue = "0", paramLabel = "HZ", description = "Lowest edge (default ${DEFAULT-VALUE}).")
    private double fmin;

    @Option(names = "--fmax", paramLabel = "HZ", description = "Highest edge (default sr/2).")
    private Double fmax;

    @Option(names = "--htk", description = "HTK mel scale instead of Slaney's.")
    private boolean htk;

    @Option(names = "--norm", defaultValue = "slaney", converter = MelNormConverter.class, paramLabel = "slaney|none",
            description = "Filter scaling (default ${DEFAULT-VALUE}).")
    private MelNorm norm;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        double top = fmax != null ? fmax : sampleRate / 2.0;
        List<String> problems = new ArrayList<>(MelFilterbank.problems(sampleRate, nFft, nMels, fmin, top));
        OutputFile.problem(output).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("mel-filterbank: " + problem));
            return 2;
        }
        double[][] weights = MelFilterbank.create(sampleRate, nFft, nMels, fmin, top, htk, norm);
        try {
            Npy.writeFloat64(output, weights);
        } catch (IOException e) {
            err.println(output + ": cannot write: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().printf("%s: mel filterbank %d x %d (sr %d, n_fft %d, %.1f-%.1f Hz, %s, norm %s)%n",
                output, weights.length, weights[0].length, sampleRate, nFft, fmin, top, htk ? "HTK" : "Slaney",
                norm.label());
        return 0;
    }

    /** Accepts {@code slaney} and {@code none} in any case. */
    static final class MelNormConverter implements ITypeConverter<MelNorm> {
        @Override
        public MelNorm convert(String value) {
            return MelNorm.parse(value);
        }
    }
}
