package org.emoscope.task;

/** Thrown inside a background task when it notices that it was cancelled. */
public class TaskCancelledException extends RuntimeException {
    public TaskCancelledException() {
        super("cancelled");
    }
}
