package org.emoscope.task;

/**
 * Runs each task to the end on the calling thread and calls back on it too: for tests and for the
 * CLI, where nothing else has to stay responsive.
 */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        return ranToEnd(task);
    }

    /** Runs {@code task} and its callbacks to the end here; whether it succeeded, e.g. for a command's exit code. */
    public boolean runToEnd(BackgroundTask<?> task) {
        return ranToEnd(task).succeeded();
    }

    private static <T> TaskRun<T> ranToEnd(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, Runnable::run, (progress, listener) -> listener.accept(progress));
        run.run();
        return run;
    }

    @Override
    public void shutdown() {
        // Nothing runs after execute() returns.
    }
}
