package org.emoscope.cli;

import java.util.Map;
import java.util.concurrent.Callable;
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

    @Option(names = "--steps", description = "timed steps after one untimed warm-up step (default ${DEFAULT-VALUE}); "
            + "with many (e.g. 200), RSS halfway vs after the last step shows whether memory stays flat")
    int steps = 5;

    @Override
    public Integer call() throws Exception {
        ModelBenchmark.TrainingFigures f = new ModelBenchmark().training(options.architecture(), batch, steps);
        Map<String, Object> out = options.header();
        out.put("batch", f.batch());
        out.put("steps", f.steps());
        out.put("seconds_per_step", f.secondsPerStep());
        out.put("samples_per_s", f.samplesPerSecond());
        out.put("gflop_per_training_clip", f.gflopPerClip());
        out.put("achieved_gflops", f.achievedGflops());
        out.put("sgemm_gflops", f.sgemmGflops());
        out.put("share_of_sgemm", f.shareOfSgemm());
        out.put("rss_mb_after_first_step", f.firstStepRssMegabytes());
        out.put("rss_mb_halfway", f.halfwayRssMegabytes());
        out.put("rss_mb_after_last_step", f.lastStepRssMegabytes());
        out.put("peak_rss_mb", f.peakRssMegabytes());
        options.print(spec.commandLine().getOut(), out);
        return 0;
    }
}
