package org.emoscope.task;

/**
 * Runs {@link BackgroundTask}s. The workbench uses one that runs work on background threads and
 * calls back on the FX thread; tests use {@link CurrentThreadTaskExecutor}, so asynchronous code is
 * tested deterministically.
 */
public interface TaskExecutor {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops accepting tasks and asks the running ones to cancel. */
    void shutdown();
}
