package org.emoscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.training.AttentionPeak;
import org.emoscope.training.AttentionStep;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.training.Normalisation;
import org.emoscope.training.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emoscope predict MODEL FILE.wav…}: emotion, probabilities and attention peaks per file. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Predict the emotion of WAV files with a trained fold model (a run's models/fold-*.zip).")
final class PredictCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "a model file")
    Path model;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE.wav")
    List<Path> files;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Option(names = "--peaks", description = "how many attention peaks to list (default ${DEFAULT-VALUE})")
    int peaks = 3;

    @Option(names = "--speaker", paramLabel = "KEY", description = "the files' speaker (e.g. emodb:03): a model "
            + "trained with per-speaker statistics prepares them with that speaker's (default: the training fold's)")
    String speaker;

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> results = new ArrayList<>();
        int failures = 0;
        try (TrainedModel trained = TrainedModel.load(model)) {
            warnAboutStatistics(trained);
            for (Path file : files) {
                try {
                    ClipAnalysis analysis = trained.analyse(file, Optional.ofNullable(speaker), peaks);
                    if (json) {
                        results.add(toMap(file, analysis, trained.attentionSteps(analysis)));
                    } else {
                        spec.commandLine().getOut().println(toText(file, analysis));
                    }
                } catch (AudioFormatException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    failures++;
                } catch (IOException e) {
                    spec.commandLine().getErr().println(file + ": cannot be read (" + e + ")");
                    failures++;
                }
            }
        }
        if (json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results));
        }
        return failures == 0 ? 0 : 1;
    }

    /** A per-speaker model without the files' own speaker statistics says which ones it used instead. */
    private void warnAboutStatistics(TrainedModel trained) {
        if (trained.normalisation() == Normalisation.PER_SPEAKER && (speaker == null || !trained.knowsSpeaker(speaker))) {
            spec.commandLine().getErr().println("Note: " + model.getFileName() + " was trained with per-speaker "
                    + "statistics; " + (speaker == null ? "no --speaker given" : "it does not know " + speaker)
                    + ", so the files are standardised with its training fold's statistics.");
        }
    }

    /** Emotion label → probability, in the model's class order: the JSON of {@code predict} and {@code listen}. */
    static Map<String, Double> probabilities(ClipAnalysis analysis) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int i = 0; i < analysis.emotions().size(); i++) {
            probabilities.put(analysis.emotions().get(i).label(), (double) analysis.emotionProbabilities()[i]);
        }
        return probabilities;
    }

    private static Map<String, Object> toMap(Path file, ClipAnalysis analysis, List<AttentionStep> steps) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("emotion", analysis.predictedEmotion().label());
        out.put("probabilities", PredictCommand.probabilities(analysis));
        List<Map<String, Double>> peaks = new ArrayList<>();
        for (AttentionPeak peak : analysis.peaks()) {
            Map<String, Double> entry = new LinkedHashMap<>();
            entry.put("start", peak.startSeconds());
            entry.put("end", peak.endSeconds());
            entry.put("weight", peak.weight());
            peaks.add(entry);
        }
        out.put("attentionPeaks", peaks);
        out.put("alphaOnPadding", analysis.alphaOnPadding());
        List<Map<String, Object>> alpha = new ArrayList<>();
        for (AttentionStep step : steps) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("step", step.step());
            entry.put("start", step.startSeconds());
            entry.put("end", step.endSeconds());
            entry.put("alpha", (double) step.alpha());
            entry.put("padding", step.padding());
            alpha.add(entry);
        }
        out.put("alpha", alpha);
        return out;
    }

    private static String toText(Path file, ClipAnalysis analysis) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %s%n", file,
                analysis.predictedEmotion().label()));
        for (int i = 0; i < analysis.emotions().size(); i++) {
            text.append(String.format(Locale.ROOT, "  %-10s %5.1f %%%n", analysis.emotions().get(i).label(),
                    100 * analysis.emotionProbabilities()[i]));
        }
        text.append("  attention peaks:");
        for (AttentionPeak peak : analysis.peaks()) {
            text.append(String.format(Locale.ROOT, " %.2f–%.2f s (α %.3f)", peak.startSeconds(), peak.endSeconds(),
                    peak.weight()));
        }
        if (analysis.audioSteps() < analysis.alpha().length) {
            text.append(String.format(Locale.ROOT, "%n  α on padding: %.1f %%", 100 * analysis.alphaOnPadding()));
        }
        return text.toString();
    }
}
