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

/** {@code emoscope bench infer}: inference time per clip. */
@Command(name = "infer", mixinStandardHelpOptions = true, description = "Inference time of the network per clip.")
final class BenchInferCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BenchModelOptions options;

    @Option(names = "--batch", description = "clips per call (default ${DEFAULT-VALUE})")
    int batch = 1;

    @Option(names = "--repeats", description = "timed calls after one warm-up call (default ${DEFAULT-VALUE})")
    int repeats = 10;

    @Override
    public Integer call() throws Exception {
        ComputeBackend backend = ComputeBackend.current();
        ModelBenchmark.InferenceFigures f = new ModelBenchmark().inference(options.architecture(), batch, repeats);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("preset", options.preset);
        out.put("backend", backend.label());
        out.put("device", backend.device());
        out.put("batch", f.batch());
        out.put("ms_per_clip", f.millisecondsPerClip());
        out.put("peak_rss_mb", f.peakRssMegabytes());
        if (options.json) {
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        } else {
            out.forEach((key, value) -> spec.commandLine().getOut().println(String.format(Locale.ROOT, "%-14s %s", key,
                    value instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : value)));
        }
        return 0;
    }
}
