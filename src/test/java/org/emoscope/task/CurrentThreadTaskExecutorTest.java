package org.emoscope.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    @Test
    void runToEndSaysWhetherTheWorkSucceededAfterItsCallbacksRan() {
        List<String> heard = new ArrayList<>();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();

        boolean fine = executor.runToEnd(BackgroundTask.of("fine", context -> "done").onSuccess(heard::add));
        boolean broken = executor.runToEnd(BackgroundTask.of("broken", context -> {
            throw new IllegalStateException("no disk");
        }).onFailure(error -> heard.add(error.getMessage())));
        boolean cancelled = executor.runToEnd(BackgroundTask.of("cancelled", context -> {
            throw new TaskCancelledException();
        }).onCancelled(() -> heard.add("cancelled")));

        assertThat(fine).isTrue();
        assertThat(broken).isFalse();
        assertThat(cancelled).isFalse();
        assertThat(heard).containsExactly("done", "no disk", "cancelled");
    }

    @Test
    void theHandleGivenAsTheWorkStartsCancelsItWhileItRuns() {
        List<String> heard = new ArrayList<>();
        AtomicReference<TaskHandle> handle = new AtomicReference<>();
        // A progress callback cancels, as a Cancel button pressed during a synchronous run would.
        BackgroundTask<String> task = BackgroundTask.of("long", context -> {
            for (int step = 0; step < 10; step++) {
                context.checkCancelled();
                context.progress(step, 10, "step");
            }
            return "all ten steps";
        }).onStart(handle::set).onProgress(progress -> {
            if (progress.fraction() >= 0.3) {
                handle.get().cancel();
            }
        }).onSuccess(heard::add).onCancelled(() -> heard.add("cancelled"));

        TaskHandle returned = new CurrentThreadTaskExecutor().execute(task);

        assertThat(heard).containsExactly("cancelled");
        assertThat(returned).isSameAs(handle.get());
        assertThat(returned.isCancelled()).isTrue();
    }
}
