package org.emoscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emoscope.model.ComputeBackend;
import org.emoscope.model.ModelBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code emoscope bench train}: training throughput against the machine's sgemm ceiling, and memory. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Training speed of the network on random input: samples/s, GFLOP/s, ND4J sgemm GFLOP/s, RSS.")
final class BenchTrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchModelOptions options;

    @Option(names = "--batch", description = "clips per step (default ${DEFAULT-VALUE})")
    int batch = 8;

    @Option(names = "--steps", description = "timed steps after one untimed warm-up step (default ${DEFAULT-VALUE})")
    int steps = 5;

    @Override
    public Integer call() throws Exception {
        ComputeBackend backend = ComputeBackend.current();
        ModelBenchmark.TrainingFigures f = new ModelBenchmark().training(options.architecture(), batch, steps);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("preset", options.preset);
        out.put("backend", backend.label());
        out.put("device", backend.device());
        out.put("batch", f.batch());
        out.put("steps", f.steps());
        out.put("seconds_per_step", f.secondsPerStep());
        out.put("samples_per_s", f.samplesPerSecond());
        out.put("gflop_per_training_clip", f.gflopPerClip());
        out.put("achieved_gflops", f.achievedGflops());
        out.put("sgemm_gflops", f.sgemmGflops());
        out.put("share_of_sgemm", f.shareOfSgemm());
        out.put("rss_mb_after_first_step", f.firstStepRssMegabytes());
        out.put("rss_mb_after_last_step", f.lastStepRssMegabytes());
        out.put("peak_rss_mb", f.peakRssMegabytes());
        if (options.json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            out.forEach((key, value) -> spec.commandLine().getOut().println(String.format(Locale.ROOT, "%-26s %s", key,
                    value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value)));
        }
        return 0;
    }
}
