package org.emoscope.task;

/** A submitted task: lets its owner ask it to stop. Thread-safe. */
public interface TaskHandle {
    /** Requests cooperative cancellation; the task stops at its next check. */
    void cancel();

    boolean isCancelled();

    boolean isDone();
}
