package org.emoscope.ui.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;

/** Holds tasks until the test runs them, to see what happens while work is under way. */
final class HeldTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> held = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor runner = new CurrentThreadTaskExecutor();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        held.add(() -> runner.execute(task));
        return new TaskHandle() {
            @Override
            public void cancel() {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public boolean isDone() {
                return false;
            }
        };
    }

    /** Runs the oldest held task and its callbacks. */
    void runNext() {
        held.removeFirst().run();
    }

    int heldCount() {
        return held.size();
    }

    @Override
    public void shutdown() {
        held.clear();
    }
}
