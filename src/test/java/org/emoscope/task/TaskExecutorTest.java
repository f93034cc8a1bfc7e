package org.emoscope.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {
    /** Stands in for the FX thread: one thread that runs callbacks in order. */
    private final ExecutorService callbackThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "callbacks"));
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor(callbackThread, 1);

    @AfterEach
    void stop() {
        executor.shutdown();
        callbackThread.shutdownNow();
    }

    @Test
    void currentThreadExecutorDeliversResultAndProgressOnTheCallingThread() {
        List<String> events = new CopyOnWriteArrayList<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of("count", ctx -> {
                    ctx.progress(1, 2, "half");
                    return 42;
                })
                .onProgress(p -> events.add("progress " + p.fraction() + " " + Thread.currentThread().getName()))
                .onSuccess(r -> events.add("result " + r + " " + Thread.currentThread().getName())));

        String me = Thread.currentThread().getName();
        assertThat(events).containsExactly("progress 0.5 " + me, "result 42 " + me);
    }

    @Test
    void failureReachesTheFailureCallbackNotTheSuccessOne() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Object> result = new AtomicReference<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.<Object>of("broken", ctx -> {
                    throw new IllegalStateException("disk full");
                })
                .onSuccess(result::set)
                .onFailure(failure::set));

        assertThat(result).hasNullValue();
        assertThat(failure.get()).hasMessage("disk full");
    }

    @Test
    void cancelledTaskStopsAtItsNextCheckAndCallsOnCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelledCallback = new CountDownLatch(1);
        AtomicReference<String> callbackThreadName = new AtomicReference<>();
        TaskHandle handle = executor.execute(BackgroundTask.of("endless", ctx -> {
                    started.countDown();
                    while (true) {
                        ctx.checkCancelled();
                        Thread.onSpinWait();
                    }
                })
                .onCancelled(() -> {
                    callbackThreadName.set(Thread.currentThread().getName());
                    cancelledCallback.countDown();
                }));

        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        handle.cancel();

        assertThat(cancelledCallback.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(callbackThreadName.get()).isEqualTo("callbacks");
        assertThat(handle.isDone()).isTrue();
    }

    @Test
    void manyProgressReportsAreCoalescedAndTheNewestWins() throws Exception {
        List<Progress> seen = new CopyOnWriteArrayList<>();
        CountDownLatch lastSeen = new CountDownLatch(1);
        CountDownLatch allReported = new CountDownLatch(1);
        executor.execute(BackgroundTask.of("busy", ctx -> {
                    for (int i = 1; i <= 100_000; i++) {
                        ctx.progress(i, 100_000, "step " + i);
                    }
                    allReported.countDown();
                    // Stay alive until the newest report has been delivered, so close() cannot drop it.
                    lastSeen.await(10, TimeUnit.SECONDS);
                    return null;
                })
                .onProgress(p -> {
                    seen.add(p);
                    if (p.fraction() == 1.0) {
                        lastSeen.countDown();
                    }
                }));

        assertThat(allReported.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(lastSeen.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen.size()).isLessThan(1_000);
        assertThat(seen.get(seen.size() - 1).message()).isEqualTo("step 100000");
    }

    @Test
    void noProgressArrivesAfterTheTaskHasFinished() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        executor.execute(BackgroundTask.of("quick", ctx -> {
                    ctx.progress(1, 2, "half");
                    return "done";
                })
                .onProgress(p -> events.add("progress"))
                .onSuccess(r -> {
                    events.add("success");
                    finished.countDown();
                }));

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        // Give a stale flush the chance to arrive; it must not.
        Thread.sleep(2 * ThreadPoolTaskExecutor.PROGRESS_INTERVAL_MS);
        callbackThread.submit(() -> { }).get();
        assertThat(events).last().isEqualTo("success");
    }

    @Test
    void progressOutsideZeroToOneIsRejected() {
        assertThatThrownBy(() -> new Progress(1.5, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Progress.of(3, 0, "unknown total").fraction()).isEqualTo(Progress.INDETERMINATE);
    }
}
