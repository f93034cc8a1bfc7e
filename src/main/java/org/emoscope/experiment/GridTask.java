package org.emoscope.experiment;

import java.nio.file.Path;
import org.emoscope.task.TaskContext;
import org.emoscope.training.TrainingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one task of a {@link GridPlan}, so that running it again is always safe: a finished task does
 * nothing, a killed, cancelled, failed or requeued one resumes from its latest checkpoint, and one never
 * started trains from the beginning. Runs on the calling (background) thread.
 */
public final class GridTask {
    /** What running a task did. */
    public enum Outcome {
        /** The task had finished before; nothing was done. */
        ALREADY_DONE,
        /** The task went on from where its run folder says it stopped, and finished. */
        RESUMED,
        /** The task trained from the beginning, and finished. */
        STARTED
    }

    private static final Logger LOG = LoggerFactory.getLogger(GridTask.class);

    private GridTask() {
    }

    /**
     * Runs task {@code index} of the grid in {@code grid}.
     *
     * @throws RunInUseException         when another live process runs the task
     * @throws ExperimentFolderException when the grid or the task's folder is damaged
     * @throws IllegalArgumentException  when the grid has no such task
     */
    public static Outcome run(Path grid, int index, Path featureCache, TaskContext context,
                              TrainingListener listener) throws Exception {
        GridPlan.Task task = GridPlan.read(grid).task(index);
        Path run = grid.resolve(task.run());
        if (ExperimentFolder.isRun(run)) {
            RunStatus status;
            try (ExperimentFolder folder = ExperimentFolder.open(run)) {
                status = folder.readStatus();
            }
            if (status.state() == RunState.DONE) {
                LOG.info("task {} ({} {}) finished before; nothing to do", index, task.configuration(), task.fold());
                return Outcome.ALREADY_DONE;
            }
            LOG.info("task {} ({} {}) is {}; resuming it", index, task.configuration(), task.fold(), status.state());
            ExperimentRunner.resume(run, featureCache, context, listener);
            return Outcome.RESUMED;
        }
        LOG.info("task {}: {} fold {} seed {} into {}", index, task.configuration(), task.fold(), task.seed(), run);
        new ExperimentRunner(task.trainingConfig(), featureCache).run(run, context, listener);
        return Outcome.STARTED;
    }
}
