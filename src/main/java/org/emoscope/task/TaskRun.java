package org.emoscope.task;

import org.emoscope.io.UserFacing;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One execution of a task: its cancellation flag and the hand-off of its outcome to exactly one of
 * the success, failure or cancelled callbacks. Executors differ only in where they run it and on
 * which thread they deliver callbacks ({@code deliver}).
 */
final class TaskRun<T> implements TaskHandle, TaskContext {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRun.class);

    /** Runs a callback on the thread the executor delivers on. */
    interface Delivery {
        void deliver(Runnable callback);
    }

    /** Where progress reports go: the threaded executor coalesces them, tests pass them straight on. */
    interface ProgressSink {
        void accept(Progress progress, Consumer<Progress> listener);

        /** Called once the task has finished: reports still pending are dropped. */
        default void close() {
        }
    }

    private final BackgroundTask<T> task;
    private final Delivery delivery;
    private final ProgressSink progressSink;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile boolean done;
    private volatile boolean succeeded;

    TaskRun(BackgroundTask<T> task, Delivery delivery, ProgressSink progressSink) {
        this.task = task;
        this.delivery = delivery;
        this.progressSink = progressSink;
    }

    /** Runs the work on the calling thread and delivers its outcome. */
    void run() {
        try {
            task.startListener().accept(this);
            if (isCancelled()) {
                throw new TaskCancelledException();
            }
            T result = task.work().run(this);
            if (isCancelled()) {
                throw new TaskCancelledException();
            }
            succeeded = true;
            finish(() -> task.successListener().accept(result));
        } catch (TaskCancelledException e) {
            LOG.info("{}: cancelled", task.title());
            finish(task.cancelledListener());
        } catch (Exception | Error e) {
            if (UserFacing.is(e)) {
                // Bad input or a bad file: the message names it, the failure listener shows it; no stack trace.
                LOG.warn("{}: {}", task.title(), e.getMessage());
                LOG.debug("{}: where it failed", task.title(), e);
            } else {
                LOG.error("{}: failed", task.title(), e);
            }
            finish(() -> task.failureListener().accept(e));
        }
    }

    private void finish(Runnable callback) {
        done = true;
        progressSink.close();
        delivery.deliver(callback);
    }

    @Override
    public void progress(Progress progress) {
        progressSink.accept(progress, task.progressListener());
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isDone() {
        return done;
    }

    /** Whether the work ended with a result (its success callback got it). */
    boolean succeeded() {
        return succeeded;
    }
}
