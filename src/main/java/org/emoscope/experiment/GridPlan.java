package org.emoscope.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.emoscope.io.AtomicFiles;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.emoscope.training.TrainingFormatException;

/**
 * An experiment grid expanded into independent training tasks: every (configuration, seed, fold) is one
 * run of one held-out speaker, so a scheduler (Slurm job arrays, GNU parallel) can run them anywhere and
 * {@link GridMerge} can pool them into one leave-one-speaker-out run per configuration and seed. Written as
 * {@code grid.json} in the grid folder:
 * <pre>
 * runs/G/
 *   grid.json                 format version, configurations, and per task: index, configuration, fold
 *                             (the held-out speaker), seed, run folder, the task's full training configuration
 *   tasks.txt                 one task index per line, for GNU parallel
 *   &lt;configuration&gt;/fold-emodb_03/ …        each task's run folder (with several seeds: &lt;configuration&gt;/seed-42/fold-…)
 * </pre>
 * A task's fold seeds its random streams by the run seed and the held-out speaker (seed scheme 2), so it
 * trains exactly that fold of a one-process LOSO run. Immutable.
 *
 * @param formatVersion      {@link #FORMAT_VERSION}
 * @param leaveOneSpeakerOut whether the folds are every speaker of the target corpus (a merged run is then a
 *                           LOSO run); otherwise the merged run records the speakers tested
 * @param configurations the configuration names, in plan order
 * @param tasks          in index order: configuration, then seed, then fold
 */
public record GridPlan(int formatVersion, boolean leaveOneSpeakerOut, List<String> configurations, List<Task> tasks) {
    public static final String FILE = "grid.json";
    public static final String TASK_LIST = "tasks.txt";
    static final int FORMAT_VERSION = 1;
    /** Configuration names become folder names: letters, digits and {@code . _ -}, not starting with a dot. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /**
     * One training of one fold.
     *
     * @param index         the task's number, 0 … N−1 (Slurm's {@code SLURM_ARRAY_TASK_ID})
     * @param configuration the configuration's name
     * @param fold          the held-out speaker, e.g. {@code emodb:03}
     * @param seed          the run seed
     * @param run           the task's run folder, relative to the grid folder
     * @param config        the task's full training configuration (held-out speaker and seed set)
     */
    public record Task(int index, String configuration, String fold, long seed, String run, JsonNode config) {
        /** The training configuration the task runs. */
        public TrainingConfig trainingConfig() throws TrainingFormatException {
            return TrainingConfigJson.fromJson(config.toString(), "task " + index + " of " + FILE);
        }
    }

    public GridPlan {
        configurations = List.copyOf(configurations);
        tasks = List.copyOf(tasks);
    }

    /**
     * Expands configurations × seeds × folds.
     *
     * @param configurations name → configuration (its held-out speakers and seed are replaced per task), in order
     * @param folds          the held-out speakers, one fold each
     * @param allSpeakers    whether {@code folds} are every speaker of the target corpus (leave-one-speaker-out)
     * @param seeds          one or more run seeds; with more than one, each seed gets a folder level of its own
     * @throws IllegalArgumentException when a name cannot be a folder name, or a list is empty or repeats itself
     */
    public static GridPlan expand(Map<String, TrainingConfig> configurations, List<String> folds, boolean allSpeakers,
                                  List<Long> seeds)
            throws IOException {
        requireDistinct("configuration", new ArrayList<>(configurations.keySet()));
        requireDistinct("fold", folds);
        requireDistinct("seed", seeds);
        for (String name : configurations.keySet()) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("configuration name \"" + name
                        + "\" must be letters, digits, '.', '_' or '-' (it names a folder)");
            }
        }
        List<Task> tasks = new ArrayList<>();
        for (Map.Entry<String, TrainingConfig> configuration : configurations.entrySet()) {
            for (long seed : seeds) {
                for (String fold : folds) {
                    TrainingConfig config = configuration.getValue().toBuilder().heldOutSpeakers(List.of(fold))
                            .seed(seed).build();
                    String run = runFolder(configuration.getKey(), seed, fold, seeds.size() > 1);
                    tasks.add(new Task(tasks.size(), configuration.getKey(), fold, seed, run,
                            JsonFiles.MAPPER.readTree(TrainingConfigJson.toJson(config))));
                }
            }
        }
        return new GridPlan(FORMAT_VERSION, allSpeakers, new ArrayList<>(configurations.keySet()), tasks);
    }

    /** A task's run folder in the grid: configuration, the seed when seeds are an axis, the fold. */
    private static String runFolder(String configuration, long seed, String fold, boolean severalSeeds) {
        return configuration + "/" + (severalSeeds ? SeedGroup.memberName(seed) + "/" : "") + "fold-"
                + FoldFileNames.encode(fold);
    }

    private static <T> void requireDistinct(String what, List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a grid needs at least one " + what);
        }
        Set<T> seen = new HashSet<>();
        for (T value : values) {
            if (!seen.add(value)) {
                throw new IllegalArgumentException(what + " " + value + " is listed twice");
            }
        }
    }

    /** Writes {@code grid.json} and {@code tasks.txt} into the grid folder, atomically. */
    public void write(Path grid) throws IOException {
        JsonFiles.write(grid.resolve(FILE), this);
        StringBuilder list = new StringBuilder();
        tasks.forEach(task -> list.append(task.index()).append('\n'));
        AtomicFiles.write(grid.resolve(TASK_LIST), list.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a grid folder's plan.
     *
     * @throws ExperimentFolderException when it has no {@code grid.json}, or the file is damaged or of a newer format
     */
    public static GridPlan read(Path grid) throws ExperimentFolderException {
        Path file = grid.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new ExperimentFolderException(grid, "is not a grid (it has no " + FILE + "; make one with `emoscope grid plan`)");
        }
        GridPlan plan = JsonFiles.read(file, GridPlan.class);
        if (plan.formatVersion() > FORMAT_VERSION) {
            throw new ExperimentFolderException(file, "has format version " + plan.formatVersion()
                    + ", newer than this Emoscope reads (" + FORMAT_VERSION + ")");
        }
        boolean severalSeeds = plan.tasks().stream().map(Task::seed).distinct().count() > 1;
        for (int i = 0; i < plan.tasks().size(); i++) {
            Task task = plan.tasks().get(i);
            if (task.index() != i) {
                throw new ExperimentFolderException(file, "task " + i + " has index " + task.index());
            }
            if (!NAME.matcher(task.configuration()).matches()) {
                throw new ExperimentFolderException(file, "task " + i + " has the configuration name \""
                        + task.configuration() + "\", which cannot be a folder name");
            }
            // The folder follows from the task, so an edited file can neither move a task nor write outside the grid.
            String expected = runFolder(task.configuration(), task.seed(), task.fold(), severalSeeds);
            if (!expected.equals(task.run())) {
                throw new ExperimentFolderException(file, "task " + i + " names the run folder \"" + task.run()
                        + "\" where its configuration, seed and fold give \"" + expected + "\"");
            }
        }
        return plan;
    }

    /** Whether {@code directory} holds a grid. */
    public static boolean isGrid(Path directory) {
        return Files.isRegularFile(directory.resolve(FILE));
    }

    /**
     * The grids directly inside {@code folder}, in name order.
     *
     * @throws IOException only when {@code folder} itself cannot be listed
     */
    public static List<Path> gridsIn(Path folder) throws IOException {
        return Subfolders.of(folder, GridPlan::isGrid);
    }

    /**
     * The task of an index.
     *
     * @throws IllegalArgumentException naming the valid range when there is none
     */
    public Task task(int index) {
        if (index < 0 || index >= tasks.size()) {
            throw new IllegalArgumentException("task " + index + " is not in the grid (tasks 0–" + (tasks.size() - 1) + ")");
        }
        return tasks.get(index);
    }

    /** The tasks of each (configuration, seed), in plan order: each group merges into one LOSO run. */
    public Map<String, List<Task>> runs() {
        Map<String, List<Task>> runs = new LinkedHashMap<>();
        for (Task task : tasks) {
            // A task's folder is its run's (configuration, and seed when seeds are an axis) plus fold-<speaker>.
            String run = task.run().substring(0, task.run().lastIndexOf('/'));
            runs.computeIfAbsent(run, key -> new ArrayList<>()).add(task);
        }
        return runs;
    }
}
