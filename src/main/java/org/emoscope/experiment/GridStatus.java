package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each task of a grid stands, read from the tasks' own run folders (not from the scheduler, whose
 * accounting may be off): a task without a run folder is {@link TaskState#PENDING}. Immutable.
 *
 * @param tasks each task's state, in index order
 */
public record GridStatus(List<Entry> tasks) {
    /** A task's state: a run's {@link RunState}, or pending when it has not started. */
    public enum TaskState {
        PENDING, RUNNING, DONE, KILLED, CANCELLED, FAILED, DAMAGED;

        static TaskState of(RunState state) {
            return TaskState.valueOf(state.name());
        }
    }

    /**
     * One task.
     *
     * @param index         its index
     * @param configuration its configuration
     * @param fold          its held-out speaker
     * @param seed          its seed
     * @param run           its run folder, relative to the grid
     * @param state         where it stands
     * @param message       why it failed, was cancelled or cannot be read; null otherwise
     */
    public record Entry(int index, String configuration, String fold, long seed, String run, TaskState state,
                        String message) {
    }

    public GridStatus {
        tasks = List.copyOf(tasks);
    }

    /** Reads every task's run folder. */
    public static GridStatus of(Path grid) throws ExperimentFolderException {
        List<Entry> entries = new ArrayList<>();
        for (GridPlan.Task task : GridPlan.read(grid).tasks()) {
            Path run = grid.resolve(task.run());
            TaskState state = TaskState.PENDING;
            String message = null;
            if (ExperimentFolder.isRun(run)) {
                try (ExperimentFolder folder = ExperimentFolder.open(run)) {
                    RunStatus status = folder.readStatus();
                    state = TaskState.of(status.state());
                    message = status.state() == RunState.DONE ? null : status.message();
                } catch (IOException e) {
                    state = TaskState.DAMAGED;
                    message = e.getMessage();
                }
            }
            entries.add(new Entry(task.index(), task.configuration(), task.fold(), task.seed(), task.run(), state,
                    message));
        }
        return new GridStatus(entries);
    }

    /** How many tasks are in each state; every state is a key. */
    public Map<TaskState, Integer> counts() {
        Map<TaskState, Integer> counts = new EnumMap<>(TaskState.class);
        for (TaskState state : TaskState.values()) {
            counts.put(state, 0);
        }
        tasks.forEach(entry -> counts.merge(entry.state(), 1, Integer::sum));
        return counts;
    }

    /** Progress in one line, e.g. "5 of 8 tasks done · 1 running · 2 pending"; states with no task are left out. */
    public String progressText() {
        StringBuilder text = new StringBuilder(counts().get(TaskState.DONE) + " of " + tasks.size() + " tasks done");
        counts().forEach((state, n) -> {
            if (n > 0 && state != TaskState.DONE) {
                text.append(" · ").append(n).append(' ').append(state.name().toLowerCase(Locale.ROOT));
            }
        });
        return text.toString();
    }

    /** Whether every task has finished. */
    public boolean allDone() {
        return tasks.stream().allMatch(entry -> entry.state() == TaskState.DONE);
    }
}
