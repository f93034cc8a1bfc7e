package org.emoscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.corpus.NotACorpusException;
import org.emoscope.features.FeatureBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emoscope bench features [DIR] [--json]}. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Feature-extraction speed: log-Mel alone on 8-s 16 kHz clips, and decode + resample + log-Mel "
                + "on 8-s 16 kHz and 44.1 kHz files, on one core and on all cores.",
                "With DIR (a SAVEE or EMO-DB folder), its clips are measured too."})
final class BenchFeaturesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "a corpus folder whose clips are measured too")
    Path corpus;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Path> files = List.of();
        if (corpus != null) {
            try {
                files = new CorpusReader().read(corpus).clips().stream().map(Clip::path).toList();
            } catch (NotACorpusException e) {
                spec.commandLine().getErr().println("Not a corpus: " + e.getMessage());
                return 1;
            }
        }
        Path scratch = Files.createTempDirectory("emoscope-bench");
        try {
            FeatureBenchmark.Figures figures = new FeatureBenchmark().run(scratch, files);
            spec.commandLine().getOut().println(json ? toJson(figures) : toText(figures));
            return 0;
        } finally {
            deleteRecursively(scratch);
        }
    }

    private static String toJson(FeatureBenchmark.Figures f) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cores", f.cores());
        out.put("mel_clips_per_s_core", round(f.melClipsPerSecondCore()));
        out.put("pipeline_16k_clips_per_s_core", round(f.pipeline16kClipsPerSecondCore()));
        out.put("pipeline_44k_clips_per_s_core", round(f.pipeline44kClipsPerSecondCore()));
        out.put("pipeline_44k_clips_per_s_all_cores", round(f.pipeline44kClipsPerSecondAllCores()));
        out.put("resample_44k_8s_ms", round(f.resample44kMillisecondsPerClip()));
        if (f.filesClips() > 0) {
            out.put("corpus_clips", f.filesClips());
            out.put("corpus_clips_per_s_core", round(f.filesClipsPerSecondCore()));
            out.put("corpus_clips_per_s_all_cores", round(f.filesClipsPerSecondAllCores()));
        }
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
    }

    private static String toText(FeatureBenchmark.Figures f) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Feature extraction, 8-s clips, %d cores available%n", f.cores()));
        text.append(String.format(Locale.ROOT, "  log-Mel alone, 16 kHz            %8.1f clips/s (one core)%n", f.melClipsPerSecondCore()));
        text.append(String.format(Locale.ROOT, "  resample 44.1 -> 16 kHz          %8.2f ms per clip%n", f.resample44kMillisecondsPerClip()));
        text.append(String.format(Locale.ROOT, "  decode+resample+log-Mel, 16 kHz  %8.1f clips/s (one core)%n", f.pipeline16kClipsPerSecondCore()));
        text.append(String.format(Locale.ROOT, "  decode+resample+log-Mel, 44.1 kHz%8.1f clips/s (one core)%n", f.pipeline44kClipsPerSecondCore()));
        text.append(String.format(Locale.ROOT, "  decode+resample+log-Mel, 44.1 kHz%8.1f clips/s (all cores)%n", f.pipeline44kClipsPerSecondAllCores()));
        if (f.filesClips() > 0) {
            text.append(String.format(Locale.ROOT, "  corpus (%d clips)                %8.1f clips/s (one core), %.1f (all cores)%n",
                    f.filesClips(), f.filesClipsPerSecondCore(), f.filesClipsPerSecondAllCores()));
        }
        return text.toString().stripTrailing();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
