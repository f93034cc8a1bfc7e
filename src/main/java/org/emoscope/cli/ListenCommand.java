package org.emoscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.LiveInput;
import org.emoscope.audio.LiveRecording;
import org.emoscope.audio.WavWriter;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.training.LiveAnalyser;
import org.emoscope.training.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope listen MODEL}: the model reads a microphone (or a WAV file played at real-time speed) over a
 * sliding window and prints a line per window: its time, the emotion, the probabilities and the attention peak.
 * Ctrl-C stops; {@code --record} keeps what was heard as a WAV clip, written atomically.
 */
@Command(name = "listen", mixinStandardHelpOptions = true,
        description = {"Live emotion recognition: every --every seconds the model reads the last --seconds of the",
                "microphone (or of --file played at real-time speed) and prints the window's time, emotion,",
                "probabilities and attention peak. Stop with Ctrl-C or --duration; --record keeps the audio."})
final class ListenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL", description = "a model file (models/fold-*.zip of a run)")
    Path model;

    @Option(names = "--device", paramLabel = "NAME", description = "the input device (part of its name); default: the"
            + " system's default microphone")
    String device;

    @Option(names = "--file", paramLabel = "FILE.wav", description = "listen to a WAV file instead of a microphone")
    Path file;

    @Option(names = "--fast", description = "with --file, as fast as it reads rather than at real-time speed")
    boolean fast;

    @Option(names = "--seconds", paramLabel = "S", description = "window length in seconds (default ${DEFAULT-VALUE})")
    double windowSeconds = 2;

    @Option(names = "--every", paramLabel = "S", description = "seconds between windows (default ${DEFAULT-VALUE})")
    double hopSeconds = 0.5;

    @Option(names = "--duration", paramLabel = "S", description = "stop after this many seconds of audio")
    Double duration;

    @Option(names = "--record", paramLabel = "FILE.wav", description = "keep what was heard as a 16-bit WAV clip")
    Path record;

    @Option(names = "--json", description = "one JSON object per window and line")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (record != null) {
            var problem = OutputFile.problem(record);
            if (problem.isPresent()) {
                err.println(problem.get());
                return 2;
            }
        }
        try (TrainedModel trained = TrainedModel.load(model)) {
            LiveInput input;
            try {
                input = file != null ? LiveInput.file(file, trained.sampleRate(), !fast)
                        : LiveInput.microphone(device, trained.sampleRate());
            } catch (AudioFormatException e) {
                err.println(e.getMessage());
                return 1;
            } catch (IOException e) {
                err.println(e.getMessage() + (file == null ? " — to try without one, give a WAV file (--file)" : ""));
                return 1;
            }
            LiveRecording heard = new LiveRecording(record == null ? 0 : Integer.MAX_VALUE);
            ObjectMapper mapper = new ObjectMapper();
            LiveAnalyser analyser;
            try {
                analyser = new LiveAnalyser(trained, windowSeconds, hopSeconds, reading -> {
                    try {
                        out.println(json ? mapper.writeValueAsString(toMap(reading)) : toText(reading));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    out.flush();
                });
            } catch (IllegalArgumentException e) {
                err.println("Invalid window: " + e.getMessage());
                return 2;
            }
            err.println("Listening to " + input.description() + ": a " + windowSeconds + "-s window every "
                    + hopSeconds + " s" + (file == null ? "; Ctrl-C stops" : ""));
            Thread main = Thread.currentThread();
            Thread stopOnSignal = new Thread(() -> {
                input.stop();
                try {
                    main.join(5_000); // let the recording be written
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "listen-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            try {
                input.run(block -> {
                    heard.add(block);
                    analyser.accept(block);
                    if (duration != null && analyser.heardSeconds() >= duration) {
                        input.stop();
                    }
                });
                analyser.finish();
            } finally {
                keep(heard, trained.sampleRate(), err);
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnSignal);
                } catch (IllegalStateException e) {
                    // Shutting down already: the hook is running.
                }
            }
            err.println(String.format(Locale.ROOT, "Heard %.1f s", analyser.heardSeconds()));
        }
        return 0;
    }

    private void keep(LiveRecording heard, int sampleRate, PrintWriter err) throws IOException {
        if (record == null) {
            return;
        }
        float[] samples = heard.samples();
        WavWriter.writePcm16(record, samples, sampleRate);
        err.println(String.format(Locale.ROOT, "Recorded %.1f s into %s", samples.length / (double) sampleRate, record));
    }

    private static String toText(LiveAnalyser.Reading reading) {
        ClipAnalysis analysis = reading.analysis();
        StringBuilder probabilities = new StringBuilder();
        for (int i = 0; i < analysis.emotions().size(); i++) {
            probabilities.append(i == 0 ? "" : ", ").append(analysis.emotions().get(i).label()).append(' ')
                    .append(String.format(Locale.ROOT, "%.0f", 100 * analysis.emotionProbabilities()[i]));
        }
        String peak = reading.peakSeconds().map(span -> String.format(Locale.ROOT, "  peak %.2f–%.2f s", span[0], span[1]))
                .orElse("");
        int predicted = analysis.emotions().indexOf(analysis.predictedEmotion());
        return String.format(Locale.ROOT, "%7.2f s  %-10s %3.0f %%  (%s)%s", reading.endSeconds(),
                analysis.predictedEmotion().label(), 100 * analysis.emotionProbabilities()[predicted], probabilities, peak);
    }

    private static Map<String, Object> toMap(LiveAnalyser.Reading reading) {
        ClipAnalysis analysis = reading.analysis();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("start", reading.startSeconds());
        out.put("end", reading.endSeconds());
        out.put("emotion", analysis.predictedEmotion().label());
        out.put("probabilities", PredictCommand.probabilities(analysis));
        reading.peakSeconds().ifPresent(span -> out.put("attentionPeak", Map.of("start", span[0], "end", span[1])));
        return out;
    }
}
