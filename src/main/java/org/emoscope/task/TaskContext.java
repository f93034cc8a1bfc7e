package org.emoscope.task;

/**
 * What a running task may do besides its work: report progress and check for cancellation.
 * Cancellation is cooperative: long work calls {@link #checkCancelled()} between its steps.
 * Called from the task's own (background) thread.
 */
public interface TaskContext {
    void progress(Progress progress);

    default void progress(long done, long total, String message) {
        progress(Progress.of(done, total, message));
    }

    boolean isCancelled();

    /** Throws {@link TaskCancelledException} if cancellation was requested. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new TaskCancelledException();
        }
    }
}
