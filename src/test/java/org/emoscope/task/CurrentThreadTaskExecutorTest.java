package org.emoscope.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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
}
