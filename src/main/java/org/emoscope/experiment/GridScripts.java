package org.emoscope.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.io.AtomicFiles;

/**
 * The Slurm scripts of a grid, written beside its {@code grid.json}:
 * <pre>
 * submit.sbatch   the job array: one task per array index, requeued when a node fails and, shortly before the
 *                 time limit, told to stop (USR1) and requeued so it resumes from its checkpoint; one log per task
 * merge.sbatch    {@code emoscope grid merge}, to run once the array has succeeded
 * submit.sh       submits both, the merge with {@code --dependency=afterok:<array job>} (the array's job id is
 *                 known only once it is submitted, so the dependency cannot be written into merge.sbatch itself)
 * logs/           task-&lt;index&gt;.log (appended across requeues), merge.log
 * </pre>
 * Each task's Java heap and ND4J's off-heap memory ({@code org.bytedeco.javacpp.maxbytes},
 * {@code maxphysicalbytes}) are sized from the job's memory so the cgroup never kills it, and its threads from
 * {@code SLURM_CPUS_PER_TASK}. The Java and jar paths are this installation's; {@code EMOSCOPE_JAVA},
 * {@code EMOSCOPE_JAR} and {@code EMOSCOPE_JAVA_OPTS} override them on nodes that see it elsewhere.
 */
public final class GridScripts {
    public static final String SUBMIT = "submit.sbatch";
    public static final String MERGE = "merge.sbatch";
    public static final String SUBMIT_BOTH = "submit.sh";
    public static final String LOGS = "logs";
    /** Shares of the job's memory: Java heap, ND4J's off-heap buffers, and the whole process's resident size. */
    static final int HEAP_PERCENT = 30;
    static final int OFF_HEAP_PERCENT = 45;
    static final int PHYSICAL_PERCENT = 90;

    private GridScripts() {
    }

    /**
     * Writes the three scripts and the logs folder into the grid folder.
     *
     * @param java the Java launcher the tasks run with (absolute)
     * @param jar  Emoscope's jar (absolute)
     * @throws IllegalArgumentException when the grid's path has characters a Slurm directive cannot hold
     */
    public static void write(Path grid, GridPlan plan, GridSite site, Path java, Path jar) throws IOException {
        Path absolute = grid.toAbsolutePath().normalize();
        if (!absolute.toString().matches("[A-Za-z0-9_./+:@=-]+")) {
            throw new IllegalArgumentException(absolute + ": a grid for Slurm needs a folder path without spaces,"
                    + " quotes, '%' or other shell characters (Slurm's #SBATCH lines cannot quote them)");
        }
        AtomicFiles.createFolders(absolute.resolve(LOGS));
        writeScript(absolute.resolve(SUBMIT), submit(absolute, plan, site, java, jar));
        writeScript(absolute.resolve(MERGE), merge(absolute, site, java, jar));
        writeScript(absolute.resolve(SUBMIT_BOTH), submitBoth(absolute));
    }

    private static void writeScript(Path file, String text) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static String submit(Path grid, GridPlan plan, GridSite site, Path java, Path jar) {
        String name = jobName(grid);
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/bash");
        lines.add("# Emoscope grid " + grid + ": " + plan.tasks().size() + " tasks (" + plan.configurations().size()
                + " configurations). Submit with " + grid.resolve(SUBMIT_BOTH) + ".");
        lines.add("#SBATCH --job-name=" + name);
        lines.add("#SBATCH --array=0-" + (plan.tasks().size() - 1)
                + (site.maxParallel() == null ? "" : "%" + site.maxParallel()));
        lines.add("#SBATCH --requeue");
        lines.add("#SBATCH --open-mode=append");
        lines.add("#SBATCH --signal=B:USR1@" + site.stopSecondsOrDefault());
        lines.add("#SBATCH --output=" + grid.resolve(LOGS) + "/task-%a.log");
        lines.addAll(resources(site));
        lines.add("");
        lines.add("export OMP_WAIT_POLICY=PASSIVE");
        lines.add("cpus=${SLURM_CPUS_PER_TASK:-$(nproc)}");
        lines.add("export OMP_NUM_THREADS=$cpus");
        lines.add("mem_mb=${SLURM_MEM_PER_NODE:-$(( ${SLURM_MEM_PER_CPU:-0} * cpus ))}");
        lines.add("opts=\"-XX:ActiveProcessorCount=$cpus\"");
        lines.add("if [ \"$mem_mb\" -gt 0 ]; then");
        lines.add("  # The cgroup kills the task above its memory: heap, ND4J's buffers and the whole process stay below.");
        lines.add("  opts=\"$opts -Xmx$(( mem_mb * " + HEAP_PERCENT + " / 100 ))m"
                + " -Dorg.bytedeco.javacpp.maxbytes=$(( mem_mb * " + OFF_HEAP_PERCENT + " / 100 ))m"
                + " -Dorg.bytedeco.javacpp.maxphysicalbytes=$(( mem_mb * " + PHYSICAL_PERCENT + " / 100 ))m\"");
        lines.add("fi");
        lines.add("echo \"task ${SLURM_ARRAY_TASK_ID} on $(hostname) at $(date -Is), restart ${SLURM_RESTART_COUNT:-0},"
                + " $cpus CPUs, ${mem_mb} MB\"");
        lines.add("\"${EMOSCOPE_JAVA:-" + java + "}\" $opts ${EMOSCOPE_JAVA_OPTS:-} -jar \"${EMOSCOPE_JAR:-" + jar
                + "}\" grid task " + grid + " --index \"$SLURM_ARRAY_TASK_ID\" &");
        lines.add("pid=$!");
        lines.add("stop() {");
        lines.add("  echo \"time limit near: stopping task ${SLURM_ARRAY_TASK_ID} and requeueing it\"");
        lines.add("  kill -TERM \"$pid\"; wait \"$pid\"");
        lines.add("  scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\"");
        lines.add("  exit 0");
        lines.add("}");
        lines.add("trap stop USR1");
        lines.add("wait \"$pid\"");
        return String.join("\n", lines) + "\n";
    }

    static String merge(Path grid, GridSite site, Path java, Path jar) {
        List<String> lines = new ArrayList<>();
        lines.add("#!/bin/bash");
        lines.add("# Merges the grid's finished tasks into one run per configuration; " + SUBMIT_BOTH
                + " submits it after the array.");
        lines.add("#SBATCH --job-name=" + jobName(grid) + "-merge");
        lines.add("#SBATCH --output=" + grid.resolve(LOGS) + "/merge.log");
        lines.add("#SBATCH --open-mode=append");
        if (site.partition() != null) {
            lines.add("#SBATCH --partition=" + site.partition());
        }
        if (site.account() != null) {
            lines.add("#SBATCH --account=" + site.account());
        }
        lines.add("#SBATCH --cpus-per-task=1");
        lines.add("");
        lines.add("\"${EMOSCOPE_JAVA:-" + java + "}\" ${EMOSCOPE_JAVA_OPTS:-} -jar \"${EMOSCOPE_JAR:-" + jar
                + "}\" grid merge " + grid);
        return String.join("\n", lines) + "\n";
    }

    static String submitBoth(Path grid) {
        return String.join("\n", "#!/bin/bash",
                "# Submits the grid's job array, then its merge to run once every task has succeeded.",
                "set -euo pipefail",
                "array=$(sbatch --parsable " + grid.resolve(SUBMIT) + ")",
                "array=${array%%;*}",
                "merge=$(sbatch --parsable --dependency=afterok:${array} " + grid.resolve(MERGE) + ")",
                "echo \"array job ${array}, merge job ${merge%%;*}; logs in " + grid.resolve(LOGS) + "\"") + "\n";
    }

    private static List<String> resources(GridSite site) {
        List<String> lines = new ArrayList<>();
        if (site.partition() != null) {
            lines.add("#SBATCH --partition=" + site.partition());
        }
        if (site.account() != null) {
            lines.add("#SBATCH --account=" + site.account());
        }
        if (site.cpusPerTask() != null) {
            lines.add("#SBATCH --cpus-per-task=" + site.cpusPerTask());
        }
        if (site.memory() != null) {
            lines.add("#SBATCH --mem=" + site.memory());
        }
        if (site.time() != null) {
            lines.add("#SBATCH --time=" + site.time());
        }
        if (site.gpus() != null && site.gpus() > 0) {
            lines.add("#SBATCH --gres=gpu:" + site.gpus());
        }
        return lines;
    }

    private static String jobName(Path grid) {
        Path name = grid.getFileName();
        return "emoscope-" + (name == null ? "grid" : name.toString());
    }
}
