package org.emoscope.cli;

import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioLoader;
import org.emoscope.audio.DecodedAudio;
import org.emoscope.features.FrameFitter;
import org.emoscope.features.LogMelSpectrogram;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.features.Npy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code emoscope mel IN.wav OUT.npy [--frames N] [--pad V]}: the paper's log-Mel spectrogram of one
 * file (16 kHz, n_fft 800, hop 400, 128 Slaney mels, dB with an 80 dB range, no normalisation) as a
 * float32 NPY {@code [n_mels, frames]}.
 */
@Command(name = "mel", mixinStandardHelpOptions = true,
        description = "Write the log-Mel spectrogram (dB, paper settings) of a WAV file as a float32 .npy [n_mels, frames].")
final class MelCommand implements Callable<Integer> {

    /** Decodes a file to mono at a sample rate; {@link AudioLoader#load} outside tests. */
    @FunctionalInterface
    interface AudioSource {
        DecodedAudio load(Path file, int targetRate) throws AudioFormatException, IOException;
    }

    private final AudioSource audio;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.wav", description = "Input WAV file (resampled to 16 kHz if needed).")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT.npy", description = "Output file.")
    private Path output;

    @Option(names = "--frames", paramLabel = "N",
            description = "Cut or right-pad the time axis to N frames (default: natural length, 1 + samples/400).")
    private Integer frames;

    @Option(names = "--pad", defaultValue = "-1", paramLabel = "V", description = "Pad value (default ${DEFAULT-VALUE}).")
    private float padValue;

    MelCommand() {
        this(AudioLoader::load);
    }

    MelCommand(AudioSource audio) {
        this.audio = audio;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (frames != null && frames < 1) {
            err.println("mel: --frames must be at least 1, got " + frames);
            return 2;
        }
        Optional<String> outputProblem = OutputFile.problem(output);
        if (outputProblem.isPresent()) {
            err.println(outputProblem.get());
            return 2;
        }
        MelSpectrogramConfig config = MelSpectrogramConfig.paper();
        DecodedAudio decoded;
        try {
            decoded = audio.load(input, config.sampleRate());
        } catch (AudioFormatException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println(input + ": cannot read: " + e.getMessage());
            return 1;
        }
        if (decoded.sampleRate() != config.sampleRate()) {
            err.println(input + ": decoded at " + decoded.sampleRate() + " Hz, expected " + config.sampleRate() + " Hz");
            return 1;
        }
        decoded.info().truncationNote().ifPresent(note -> err.println(input + ": " + note + " (used)"));
        float[][] mel = new LogMelSpectrogram(config).compute(decoded.samples());
        if (frames != null) {
            mel = FrameFitter.fit(mel, frames, padValue);
        }
        try {
            Npy.writeFloat32(output, mel);
        } catch (IOException e) {
            err.println(output + ": cannot write: " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().printf("%s: %d samples at %d Hz -> %s [%d, %d]%n", input,
                decoded.samples().length, decoded.sampleRate(), output, mel.length, mel[0].length);
        return 0;
    }
}
