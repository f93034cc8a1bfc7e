package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveWindowsTest {
    @Test
    void everyHopHandsOnTheLastWindowOfSamplesWhateverTheBlockSizes() {
        List<LiveWindows.Window> windows = new ArrayList<>();
        // 10 samples per second: a 0.4-s window (4 samples) every 0.2 s (2 samples).
        LiveWindows live = new LiveWindows(10, 0.4, 0.2, windows::add);

        live.accept(new float[] {1, 2, 3});
        live.accept(new float[] {4});
        live.accept(new float[] {5, 6, 7, 8, 9});

        assertThat(windows).extracting(LiveWindows.Window::endSeconds).containsExactly(0.2, 0.4, 0.6, 0.8);
        assertThat(windows.get(0).samples()).as("young stream: what there is").containsExactly(1, 2);
        assertThat(windows.get(1).samples()).containsExactly(1, 2, 3, 4);
        assertThat(windows.get(3).samples()).containsExactly(5, 6, 7, 8);
        assertThat(windows.get(3).startSeconds(10)).isCloseTo(0.4, within(1e-12));
        assertThat(live.receivedSeconds()).isEqualTo(0.9);

        live.finish();
        live.finish();

        assertThat(windows).as("the tail once, and only once").hasSize(5);
        assertThat(windows.get(4).endSeconds()).isEqualTo(0.9);
        assertThat(windows.get(4).samples()).containsExactly(6, 7, 8, 9);
    }

    @Test
    void refusesAStepLongerThanTheWindow() {
        assertThatThrownBy(() -> new LiveWindows(16_000, 0.5, 1, w -> { })).hasMessageContaining("no longer than");
    }
}
