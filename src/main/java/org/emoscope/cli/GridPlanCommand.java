package org.emoscope.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.ExperimentRunner;
import org.emoscope.experiment.GridPlan;
import org.emoscope.experiment.GridScripts;
import org.emoscope.experiment.GridSite;
import org.emoscope.experiment.GridSweep;
import org.emoscope.training.Fold;
import org.emoscope.training.FoldPlan;
import org.emoscope.training.TrainingConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope grid plan}: expands configurations × seeds × folds into {@code OUT/grid.json}, the Slurm
 * scripts and {@code tasks.txt}. Every configuration is checked, and the corpora read once, before anything is
 * written.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Expand a grid into OUT/grid.json (one task per configuration, seed and held-out speaker),",
                "OUT/submit.sbatch, OUT/merge.sbatch, OUT/submit.sh (Slurm) and OUT/tasks.txt (GNU parallel).",
                "Configurations: the training flags as for train, or --paper-four, crossed with each --sweep;",
                "folds: every speaker of the target corpus, or only the --held-out ones."})
final class GridPlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    TrainingConfigOptions configuration;

    @Option(names = "--paper-four", paramLabel = "OTHER",
            description = "the paper's four configurations (single task, multitask, cross-language and multitask"
                    + " cross-language adding the corpus OTHER) instead of one")
    Path paperFour;

    @Option(names = "--sweep", paramLabel = "FIELD=V1,V2,…",
            description = "vary one field over values, crossed with every configuration: gamma, theta, fraction"
                    + " (share of the added corpus), preset, lr; repeatable")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--site", paramLabel = "FILE",
            description = "site settings (JSON: partition, account, gpus, memory, time, cpusPerTask, maxParallel,"
                    + " stopSeconds); the flags below override it")
    Path siteFile;

    @Option(names = "--partition", description = "Slurm partition") String partition;

    @Option(names = "--account", description = "Slurm account") String account;

    @Option(names = "--gpus", paramLabel = "N", description = "GPUs per task (--gres=gpu:N)") Integer gpus;

    @Option(names = "--mem", paramLabel = "SIZE", description = "memory per task, e.g. 8G") String memory;

    @Option(names = "--time", paramLabel = "LIMIT", description = "time limit per task, e.g. 4:00:00") String time;

    @Option(names = "--cpus-per-task", paramLabel = "N", description = "CPUs (training threads) per task")
    Integer cpusPerTask;

    @Option(names = "--max-parallel", paramLabel = "K", description = "the most tasks running at once (--array=…%K)")
    Integer maxParallel;

    @Option(names = "--stop-seconds", paramLabel = "S",
            description = "stop and requeue a task this long before its time limit (default 300)")
    Integer stopSeconds;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the new grid folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (Files.isDirectory(out)) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    spec.commandLine().getErr().println(out + ": is not empty; a grid is planned into a new folder");
                    return 2;
                }
            }
        }
        ConfigProblems problems = new ConfigProblems();
        Optional<TrainingConfig> base = configuration.build(problems);
        GridSite site = GridSite.none();
        try {
            site = (siteFile == null ? GridSite.none() : GridSite.read(siteFile)).overriddenBy(new GridSite(
                    partition, account, gpus, memory, time, cpusPerTask, maxParallel, stopSeconds));
        } catch (ExperimentFolderException e) {
            problems.add(e.getMessage());
        }
        problems.addAll(site.problems());
        Map<String, TrainingConfig> configurations = Map.of();
        List<Long> seeds = List.of();
        if (base.isPresent()) {
            try {
                List<GridSweep.Sweep> parsed = sweeps.stream().map(GridSweep.Sweep::parse).toList();
                configurations = GridSweep.configurations(base.get(),
                        paperFour == null ? null : TrainCommand.absolute(paperFour), parsed);
                seeds = configuration.options.seeds(base.get().seed()).orElse(List.of(base.get().seed()));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            configurations.forEach((name, config) -> config.validate()
                    .forEach(problem -> problems.add(name + ": " + problem)));
        }
        if (problems.any()) {
            return problems.report(spec.commandLine().getErr());
        }
        TrainingConfig first = configurations.values().iterator().next();
        List<String> preflight = ExperimentRunner.preflight(first);
        if (!preflight.isEmpty()) {
            problems.addAll(preflight);
            return problems.report(spec.commandLine().getErr());
        }
        FoldPlan folds = FoldPlan.of(first.toBuilder().heldOutSpeakers(List.of()).build(),
                new CorpusReader().read(first.targetCorpus()), List.of());
        List<String> speakers = first.leaveOneSpeakerOut()
                ? folds.folds().stream().map(Fold::id).toList() : List.copyOf(first.heldOutSpeakers());
        GridPlan plan;
        try {
            plan = GridPlan.expand(configurations, speakers, first.leaveOneSpeakerOut(), seeds);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Invalid grid: " + e.getMessage());
            return 2;
        }
        Files.createDirectories(out);
        plan.write(out);
        try {
            GridScripts.write(out, plan, site, java(), jar());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("Slurm scripts not written: " + e.getMessage());
        }
        print(plan, seeds.size(), speakers.size());
        return 0;
    }

    private void print(GridPlan plan, int seeds, int folds) {
        Path grid = out.toAbsolutePath().normalize();
        spec.commandLine().getOut().println(String.format(Locale.ROOT, "Grid %s: %d tasks = %d configurations × %d"
                + " seed%s × %d folds", grid, plan.tasks().size(), plan.configurations().size(), seeds,
                seeds == 1 ? "" : "s", folds));
        plan.configurations().forEach(name -> spec.commandLine().getOut().println("  " + name));
        spec.commandLine().getOut().println("Slurm:         bash " + grid.resolve(GridScripts.SUBMIT_BOTH));
        spec.commandLine().getOut().println("GNU parallel:  parallel --jobs K --joblog " + grid.resolve("parallel.log")
                + " emoscope grid task " + grid + " --index {} :::: " + grid.resolve(GridPlan.TASK_LIST));
        spec.commandLine().getOut().println("Then:          emoscope grid status " + grid + "; emoscope grid merge " + grid);
    }

    /** The Java launcher running this command, which the tasks run with too. */
    private static Path java() {
        return Path.of(ProcessHandle.current().info().command().orElse("java"));
    }

    /** Emoscope's jar (or classes folder, when run from a build). */
    private static Path jar() throws URISyntaxException {
        return Path.of(GridPlanCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
