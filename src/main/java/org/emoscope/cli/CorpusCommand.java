package org.emoscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.emoscope.corpus.CorpusProblem;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.corpus.CorpusSummary;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.NotACorpusException;
import org.emoscope.corpus.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope corpus DIR [--json]}: reads a SAVEE or EMO-DB folder and prints what it holds.
 * Exit code 0 when the folder was read, even with problems in single files; 1 (message on stderr)
 * when it is not a corpus or cannot be read.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Read a SAVEE or EMO-DB folder and show its clips per emotion and speaker, "
                + "duration, sample rates and every file that could not be used.")
public final class CorpusCommand implements Callable<Integer> {
    static final int NOT_A_CORPUS = 1;

    private final CorpusReader reader;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR",
            description = "SAVEE's AudioData folder (or its parent, or a flat folder of DC_a01.wav files), "
                    + "or EMO-DB's folder (or its wav folder).")
    private Path folder;

    @Option(names = "--json", description = "Print the summary as JSON.")
    private boolean json;

    public CorpusCommand() {
        this(new CorpusReader());
    }

    CorpusCommand(CorpusReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws JsonProcessingException {
        CorpusSummary summary;
        try {
            summary = CorpusSummary.of(reader.read(folder));
        } catch (NotACorpusException e) {
            spec.commandLine().getErr().println("Not a corpus: " + e.getMessage());
            return NOT_A_CORPUS;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(summary) : toText(summary));
        out.flush();
        return 0;
    }

    static String toJson(CorpusSummary summary) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("corpus", summary.corpus().id());
        root.put("clips", summary.clips());
        counts(root.putObject("byEmotion"), summary.byEmotion(), Emotion::label);
        counts(root.putObject("bySpeaker"), summary.bySpeaker(), Speaker::key);
        // To the millisecond: the sum of many clip lengths otherwise prints float noise (123.73556250000001).
        root.put("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
        counts(root.putObject("sampleRates"), summary.sampleRates(), String::valueOf);
        ArrayNode problems = root.putArray("problems");
        for (CorpusProblem problem : summary.problems()) {
            problems.addObject().put("file", problem.relativePath()).put("reason", problem.reason())
                    .put("clipKept", problem.clipKept());
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static <K> void counts(ObjectNode node, Map<K, Integer> counts, Function<K, String> key) {
        counts.forEach((k, n) -> node.put(key.apply(k), n));
    }

    static String toText(CorpusSummary summary) {
        StringBuilder text = new StringBuilder();
        line(text, "%s: %d clips, %d speakers, %s", summary.corpus().displayName(), summary.clips(),
                summary.bySpeaker().size(), duration(summary.seconds()));
        text.append("Sample rates:");
        summary.sampleRates().forEach((hz, n) -> text.append(String.format(Locale.ROOT, " %d Hz (%d)", hz, n)));
        text.append('\n');
        text.append("By emotion:\n");
        summary.byEmotion().forEach((emotion, n) -> line(text, "  %-10s %5d", emotion.label(), n));
        text.append("By speaker:\n");
        summary.bySpeaker().forEach((speaker, n) -> line(text, "  %-10s %5d", speaker.key(), n));
        if (summary.problems().isEmpty()) {
            text.append("Problems: none");
        } else {
            line(text, "Problems (%d):", summary.problems().size());
            summary.problems().forEach(problem -> line(text, "  %s %s", problem, problem.consequence()));
        }
        return text.toString().stripTrailing();
    }

    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%.1f s (%d:%02d:%02d)", seconds, whole / 3600, whole / 60 % 60, whole % 60);
    }

    private static void line(StringBuilder text, String format, Object... args) {
        text.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
