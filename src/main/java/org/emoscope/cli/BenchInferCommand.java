package org.emoscope.cli;

import java.util.Map;
import java.util.concurrent.Callable;
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
        ModelBenchmark.InferenceFigures f = new ModelBenchmark().inference(options.architecture(), batch, repeats);
        Map<String, Object> out = options.header();
        out.put("batch", f.batch());
        out.put("ms_per_clip", f.millisecondsPerClip());
        out.put("peak_rss_mb", f.peakRssMegabytes());
        options.print(spec.commandLine().getOut(), out);
        return 0;
    }
}
