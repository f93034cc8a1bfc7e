package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.emoscope.io.AtomicFiles;
import org.emoscope.training.TrainingFormatException;

/**
 * Pools the finished tasks of a {@link GridPlan} into one ordinary run folder per configuration (and seed),
 * so that {@code evaluate}, Results, Compare and the ablation table read a grid exactly like a one-process
 * leave-one-speaker-out run of the same configuration:
 * <pre>
 * runs/G/merged/&lt;configuration&gt;/            a run: config.json (held-out speakers: LOSO), environment.json,
 *                                            state.json, history.csv, predictions.csv, metrics.json, models/
 * runs/G/merged/&lt;configuration&gt;/seed-42/    the same, per seed, in a seed group, when seeds are a grid axis
 * runs/G/merged/ablation.md, ablation.csv    when the configurations are the paper's four
 * </pre>
 * A configuration merges only when every one of its tasks is DONE, their configurations differ only in the
 * held-out speaker, they ran on the same Emoscope version, backend, seed scheme and corpus contents, and their
 * folds are distinct; otherwise it is refused with the reason and nothing of it is written. Each merged run is
 * filled in a hidden staging folder and moved into place, so a half-merged run is never seen.
 */
public final class GridMerge {
    /** The folder of a grid that holds the merged runs. */
    public static final String MERGED = "merged";
    private static final String HELD_OUT = "heldOutSpeakers";

    /** What became of one configuration (and seed). */
    public enum Outcome {
        MERGED,
        /** Its merged run exists already; it is left as it is. */
        MERGED_BEFORE,
        /** A task is unfinished or inconsistent; nothing of it was written. */
        REFUSED
    }

    /**
     * What merging one configuration (and seed) gave.
     *
     * @param name    the configuration, with its seed folder when seeds are a grid axis
     * @param run     the merged run folder
     * @param outcome what became of it
     * @param report  its pooled report when merged now; null otherwise
     * @param problem why it was refused; null otherwise
     */
    public record Result(String name, Path run, Outcome outcome, LosoReport report, String problem) {
    }

    private GridMerge() {
    }

    /**
     * Merges every configuration of the grid that is complete and not merged yet.
     *
     * @return one result per configuration and seed, in plan order
     * @throws ExperimentFolderException when the grid itself cannot be read
     */
    public static List<Result> merge(Path grid) throws IOException {
        GridPlan plan = GridPlan.read(grid);
        Map<String, List<GridPlan.Task>> runs = plan.runs();
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, List<GridPlan.Task>> entry : runs.entrySet()) {
            Path target = grid.resolve(MERGED).resolve(entry.getKey());
            if (ExperimentFolder.isRun(target)) {
                results.add(new Result(entry.getKey(), target, Outcome.MERGED_BEFORE, null, null));
                continue;
            }
            try {
                results.add(new Result(entry.getKey(), target, Outcome.MERGED,
                        mergeOne(grid, plan, entry.getValue(), target), null));
            } catch (ExperimentFolderException e) {
                results.add(new Result(entry.getKey(), target, Outcome.REFUSED, null, e.getMessage()));
            }
        }
        writeAblationTable(grid, plan);
        return results;
    }

    private record TaskRun(GridPlan.Task task, Path directory, ObjectNode config, RunEnvironment environment,
                           PredictionTable predictions, RunMetrics metrics, List<EpochSummary> history,
                           List<UnusedClips.Entry> unused, List<String> foldsWithModels) {
    }

    private static LosoReport mergeOne(Path grid, GridPlan plan, List<GridPlan.Task> tasks, Path target)
            throws IOException {
        List<TaskRun> runs = new ArrayList<>();
        for (GridPlan.Task task : tasks) {
            runs.add(read(grid, task));
        }
        TaskRun first = runs.get(0);
        Set<String> folds = new HashSet<>();
        for (TaskRun run : runs) {
            requireSame(first, run);
            for (String fold : run.predictions().predictions().stream().map(Prediction::foldId).distinct().toList()) {
                if (!folds.add(fold)) {
                    throw new ExperimentFolderException(run.directory(), "tests fold " + fold
                            + ", which another task of the configuration tests too");
                }
            }
        }
        ObjectNode config = first.config().deepCopy();
        config.set(HELD_OUT, JsonFiles.MAPPER.valueToTree(plan.leaveOneSpeakerOut() ? List.of()
                : tasks.stream().map(GridPlan.Task::fold).toList()));
        List<String> labels = first.predictions().labels();
        List<Prediction> predictions = new ArrayList<>();
        Set<UnusedClips.Entry> unused = new LinkedHashSet<>();
        runs.forEach(run -> {
            predictions.addAll(run.predictions().predictions());
            unused.addAll(run.unused());
        });
        LosoReport report = LosoReport.of(labels, predictions);
        RunMetrics metrics = RunMetrics.of(report, first.metrics().selectionPolicy(), null);
        if (first.metrics().inputFrames() != null) {
            metrics = metrics.withInputFrames(first.metrics().inputFrames());
        }
        RunEnvironment environment = first.environment().withEndTime(null);
        Path parent = target.toAbsolutePath().getParent();
        ensureSeedGroup(parent, plan, tasks.get(0));
        Path staging = AtomicFiles.createStagingFolder(parent, target.getFileName().toString());
        try (ExperimentFolder folder = ExperimentFolder.create(staging, config, environment)) {
            for (TaskRun run : runs) {
                for (EpochSummary row : run.history()) {
                    folder.appendHistory(row);
                }
                copyModels(run, folder);
            }
            if (!unused.isEmpty()) {
                folder.writeUnusedClips(new ArrayList<>(unused));
            }
            folder.writePredictions(labels, predictions);
            folder.writeMetrics(metrics);
            folder.markDone();
        }
        AtomicFiles.moveFolderIntoPlace(staging, target);
        return report;
    }

    private static TaskRun read(Path grid, GridPlan.Task task) throws IOException {
        Path run = grid.resolve(task.run());
        if (!ExperimentFolder.isRun(run)) {
            throw new ExperimentFolderException(run, "task " + task.index() + " (" + task.fold()
                    + ") has not started; run `emoscope grid task " + grid + " --index " + task.index() + "`");
        }
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            RunStatus status = folder.readStatus();
            if (status.state() != RunState.DONE) {
                throw new ExperimentFolderException(run, "task " + task.index() + " (" + task.fold() + ") is "
                        + status.state() + (status.message() == null ? "" : " (" + status.message() + ")")
                        + ", not done");
            }
            return new TaskRun(task, run, folder.readConfig().tree(), folder.readEnvironment(),
                    folder.readPredictions().orElseThrow(() -> new ExperimentFolderException(run, "has no predictions")),
                    folder.readMetrics().orElseThrow(() -> new ExperimentFolderException(run, "has no metrics")),
                    folder.readHistory(), folder.readUnusedClips(), folder.foldsWithModels());
        }
    }

    private static void requireSame(TaskRun first, TaskRun run) throws ExperimentFolderException {
        ObjectNode mine = run.config().deepCopy();
        ObjectNode theirs = first.config().deepCopy();
        mine.remove(HELD_OUT);
        theirs.remove(HELD_OUT);
        if (!mine.equals(theirs)) {
            throw new ExperimentFolderException(run.directory(), "was trained with another configuration than "
                    + first.directory() + " (beyond the held-out speaker): " + difference(theirs, mine));
        }
        RunEnvironment a = first.environment();
        RunEnvironment b = run.environment();
        requireEqual(run, "Emoscope version", a.appVersion(), b.appVersion(), first);
        requireEqual(run, "backend", a.backend(), b.backend(), first);
        requireEqual(run, "seed scheme", a.seedScheme(), b.seedScheme(), first);
        requireEqual(run, "corpus fingerprints", a.corpusFingerprints(), b.corpusFingerprints(), first);
        requireEqual(run, "classes", first.predictions().labels(), run.predictions().labels(), first);
        requireEqual(run, "input frames", first.metrics().inputFrames(), run.metrics().inputFrames(), first);
    }

    private static void requireEqual(TaskRun run, String what, Object expected, Object actual, TaskRun first)
            throws ExperimentFolderException {
        if (!Objects.equals(expected, actual)) {
            throw new ExperimentFolderException(run.directory(), "has " + what + " " + actual + " where "
                    + first.directory() + " has " + expected);
        }
    }

    private static String difference(ObjectNode expected, ObjectNode actual) {
        List<String> fields = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        expected.fieldNames().forEachRemaining(names::add);
        actual.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode a = expected.get(name);
            JsonNode b = actual.get(name);
            if (a == null ? b != null : !a.equals(b)) {
                fields.add(name + " " + b + " instead of " + a);
            }
        }
        return String.join(", ", fields);
    }

    private static void copyModels(TaskRun run, ExperimentFolder merged) throws IOException {
        for (String fold : run.foldsWithModels()) {
            Path source = ExperimentFolder.modelFileIn(run.directory(), fold);
            AtomicFiles.write(merged.modelPath(fold), out -> {
                try (InputStream in = Files.newInputStream(source)) {
                    in.transferTo(out);
                }
            });
        }
    }

    /** With seeds as a grid axis, a configuration's merged runs are the members of a seed group. */
    private static void ensureSeedGroup(Path folder, GridPlan plan, GridPlan.Task task) throws IOException {
        List<Long> seeds = plan.tasks().stream().filter(t -> t.configuration().equals(task.configuration()))
                .map(GridPlan.Task::seed).distinct().toList();
        if (seeds.size() > 1 && !SeedGroup.isGroup(folder)) {
            SeedGroup.create(folder, seeds);
        }
    }

    /** The paper's four configurations, all merged, get the ablation table as {@code emoscope ablation} writes it. */
    private static void writeAblationTable(Path grid, GridPlan plan) throws IOException {
        Set<String> four = new HashSet<>();
        for (Ablation.Configuration configuration : Ablation.Configuration.values()) {
            four.add(configuration.folder());
        }
        if (!new HashSet<>(plan.configurations()).equals(four)) {
            return;
        }
        Path merged = grid.resolve(MERGED);
        List<AblationResults.Row> rows = AblationResults.read(merged);
        if (rows.stream().anyMatch(row -> row.state() != RunState.DONE)) {
            return;
        }
        GridPlan.Task reference = plan.tasks().stream()
                .filter(t -> t.configuration().equals(Ablation.Configuration.SINGLE_TASK.folder())).findFirst()
                .orElseThrow();
        List<Long> seeds = plan.tasks().stream().map(GridPlan.Task::seed).distinct().toList();
        try {
            Ablation.writeTables(merged, rows, reference.trainingConfig(), seeds.size() > 1 ? seeds : List.of());
        } catch (TrainingFormatException e) {
            throw new ExperimentFolderException(grid.resolve(GridPlan.FILE), e.getMessage());
        }
    }
}
