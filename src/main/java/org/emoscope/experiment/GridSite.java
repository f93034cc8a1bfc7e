package org.emoscope.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where and how a grid's tasks run on a Slurm cluster: the few site settings a lab keeps in one small JSON
 * file beside its grids (as ESPnet's {@code conf/slurm.conf} or Hydra's submitit launcher settings do), each
 * overridable by a flag. Null fields are left to the cluster's defaults. Immutable.
 *
 * @param partition   {@code --partition}
 * @param account     {@code --account}
 * @param gpus        GPUs per task, as {@code --gres=gpu:N}; 0 or null for none
 * @param memory      memory per task, Slurm's syntax ({@code 8G}, {@code 8000M}); the JVM and ND4J are kept below it
 * @param time        time limit per task, Slurm's syntax ({@code 2:00:00}, {@code 1-00:00:00})
 * @param cpusPerTask {@code --cpus-per-task}; the training's thread count
 * @param maxParallel the most tasks running at once ({@code --array=…%K}); null for no limit
 * @param stopSeconds how long before the time limit a task is told to stop and is requeued (default 300)
 */
public record GridSite(String partition, String account, Integer gpus, String memory, String time,
                       Integer cpusPerTask, Integer maxParallel, Integer stopSeconds) {
    static final int DEFAULT_STOP_SECONDS = 300;

    /** No site settings: the cluster's defaults. */
    public static GridSite none() {
        return new GridSite(null, null, null, null, null, null, null, null);
    }

    /**
     * Reads a site file.
     *
     * @throws ExperimentFolderException naming the file when it is missing or damaged
     */
    public static GridSite read(Path file) throws ExperimentFolderException {
        if (!Files.isRegularFile(file)) {
            throw new ExperimentFolderException(file, "does not exist (a site file is JSON such as {\"partition\": \"gpu\","
                    + " \"memory\": \"16G\", \"time\": \"4:00:00\", \"cpusPerTask\": 4, \"gpus\": 1})");
        }
        return JsonFiles.read(file, GridSite.class);
    }

    /** This site with each non-null field of {@code flags} taking precedence. */
    public GridSite overriddenBy(GridSite flags) {
        return new GridSite(pick(flags.partition, partition), pick(flags.account, account), pick(flags.gpus, gpus),
                pick(flags.memory, memory), pick(flags.time, time), pick(flags.cpusPerTask, cpusPerTask),
                pick(flags.maxParallel, maxParallel), pick(flags.stopSeconds, stopSeconds));
    }

    private static <T> T pick(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** What is wrong with these settings, in the words of the flags; empty when nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (gpus != null && gpus < 0) {
            problems.add("gpus must be 0 or more, got " + gpus);
        }
        if (cpusPerTask != null && cpusPerTask < 1) {
            problems.add("cpus per task must be at least 1, got " + cpusPerTask);
        }
        if (maxParallel != null && maxParallel < 1) {
            problems.add("max parallel tasks must be at least 1, got " + maxParallel);
        }
        if (stopSeconds != null && stopSeconds < 0) {
            problems.add("stop seconds must be 0 or more, got " + stopSeconds);
        }
        if (memory != null && !memory.matches("\\d+[KMGT]?")) {
            problems.add("memory must be Slurm's size syntax such as 8G or 8000M, got \"" + memory + "\"");
        }
        if (time != null && !time.matches("(\\d+-)?\\d+(:\\d{1,2}){0,2}")) {
            problems.add("time must be Slurm's syntax such as 2:00:00 or 1-00:00:00, got \"" + time + "\"");
        }
        for (String text : new String[] {partition, account}) {
            if (text != null && !text.matches("[A-Za-z0-9_.,-]+")) {
                problems.add("partition and account must be plain names, got \"" + text + "\"");
            }
        }
        return problems;
    }

    /** Seconds before the time limit at which a task stops and is requeued. */
    public int stopSecondsOrDefault() {
        return stopSeconds == null ? DEFAULT_STOP_SECONDS : stopSeconds;
    }
}
