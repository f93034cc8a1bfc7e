package org.emoscope.task;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of slow work (decoding, features, training, inference) and what to do with its outcome.
 * Immutable: the {@code on…} methods return a copy. The callbacks run on the thread the
 * {@link TaskExecutor} chooses (the FX thread in the workbench, the caller's thread in tests).
 *
 * @param <T> the result type
 */
public final class BackgroundTask<T> {
    /** The work itself; runs on a background thread. */
    @FunctionalInterface
    public interface Work<T> {
        T run(TaskContext context) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private final Consumer<Progress> onProgress;
    private final Consumer<T> onSuccess;
    private final Consumer<Throwable> onFailure;
    private final Runnable onCancelled;
    private final Consumer<TaskHandle> onStart;

    private BackgroundTask(String title, Work<T> work, Consumer<Progress> onProgress, Consumer<T> onSuccess,
                           Consumer<Throwable> onFailure, Runnable onCancelled, Consumer<TaskHandle> onStart) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
        this.onProgress = onProgress;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        this.onCancelled = onCancelled;
        this.onStart = onStart;
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work, p -> { }, r -> { }, e -> { }, () -> { }, h -> { });
    }

    public BackgroundTask<T> onProgress(Consumer<Progress> listener) {
        return new BackgroundTask<>(title, work, listener, onSuccess, onFailure, onCancelled, onStart);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> listener) {
        return new BackgroundTask<>(title, work, onProgress, listener, onFailure, onCancelled, onStart);
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> listener) {
        return new BackgroundTask<>(title, work, onProgress, onSuccess, listener, onCancelled, onStart);
    }

    public BackgroundTask<T> onCancelled(Runnable listener) {
        return new BackgroundTask<>(title, work, onProgress, onSuccess, onFailure, listener, onStart);
    }

    /**
     * Hands the task's handle to {@code listener} on the thread that runs the work, just before the work starts:
     * the handle exists before the work runs, also under an executor that returns it only once the work has run
     * ({@link CurrentThreadTaskExecutor}), so the owner can cancel the work from a callback it gets meanwhile.
     */
    public BackgroundTask<T> onStart(Consumer<TaskHandle> listener) {
        return new BackgroundTask<>(title, work, onProgress, onSuccess, onFailure, onCancelled, listener);
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<Progress> progressListener() {
        return onProgress;
    }

    Consumer<T> successListener() {
        return onSuccess;
    }

    Consumer<Throwable> failureListener() {
        return onFailure;
    }

    Runnable cancelledListener() {
        return onCancelled;
    }

    Consumer<TaskHandle> startListener() {
        return onStart;
    }
}
