package org.emoscope.ui.clip;

import java.util.ArrayDeque;
import java.util.Deque;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;

/**
 * Holds tasks until the test runs them ({@link #runAll}), so a test can act while something is
 * still loading. A task cancelled before it runs is dropped without callbacks.
 */
final class QueuedTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private final CurrentThreadTaskExecutor direct = new CurrentThreadTaskExecutor();

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Queued queued = new Queued();
        queue.add(() -> {
            if (!queued.cancelled) {
                direct.execute(task);
            }
            queued.done = true;
        });
        return queued;
    }

    /** Runs the waiting tasks, and the ones they start, in order. */
    void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Override
    public void shutdown() {
        queue.clear();
    }

    private static final class Queued implements TaskHandle {
        private boolean cancelled;
        private boolean done;

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
