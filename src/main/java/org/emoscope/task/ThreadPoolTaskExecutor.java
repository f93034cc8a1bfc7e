package org.emoscope.task;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Runs tasks on daemon background threads and hands every callback to {@code callbackThread}
 * (the workbench passes {@code Platform::runLater}). Progress is latest-wins: however often a task
 * reports, its listener sees at most one update per {@link #PROGRESS_INTERVAL_MS} and always the
 * newest, so a training loop never floods the FX thread with one update per batch.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {
    static final long PROGRESS_INTERVAL_MS = 100;

    private final Executor callbackThread;
    private final ExecutorService workers;
    private final ScheduledExecutorService progressTimer;
    private final Set<TaskHandle> running = ConcurrentHashMap.newKeySet();

    public ThreadPoolTaskExecutor(Executor callbackThread, int threads) {
        this.callbackThread = callbackThread;
        this.workers = Executors.newFixedThreadPool(threads, DaemonThreads.named("emoscope-task"));
        this.progressTimer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("emoscope-progress"));
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, callbackThread::execute, new LatestWinsProgress());
        running.add(run);
        workers.execute(() -> {
            try {
                run.run();
            } finally {
                running.remove(run);
            }
        });
        return run;
    }

    @Override
    public void shutdown() {
        running.forEach(TaskHandle::cancel);
        workers.shutdown();
        progressTimer.shutdown();
    }

    /** Coalesces one task's progress reports; one instance per task run. */
    private final class LatestWinsProgress implements TaskRun.ProgressSink {
        private final AtomicReference<Progress> pending = new AtomicReference<>();
        private final AtomicBoolean flushScheduled = new AtomicBoolean();

        @Override
        public void accept(Progress progress, Consumer<Progress> listener) {
            pending.set(progress);
            if (flushScheduled.compareAndSet(false, true)) {
                progressTimer.schedule(() -> flush(listener), PROGRESS_INTERVAL_MS, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void close() {
            pending.set(null);
        }

        private void flush(Consumer<Progress> listener) {
            flushScheduled.set(false);
            Progress latest = pending.getAndSet(null);
            if (latest != null) {
                callbackThread.execute(() -> listener.accept(latest));
            }
        }
    }
}
