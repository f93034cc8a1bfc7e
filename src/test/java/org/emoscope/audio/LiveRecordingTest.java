package org.emoscope.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiveRecordingTest {
    @Test
    void keepsBlocksInOrderUntilTheNextWouldPassTheLimitAndNoneAfter() {
        LiveRecording recording = new LiveRecording(5);

        recording.add(new float[] {1, 2});
        recording.add(new float[] {3, 4});
        recording.add(new float[] {5, 6});
        recording.add(new float[] {7});

        assertThat(recording.samples()).as("the third block would pass 5 samples; the fourth would leave a gap")
                .containsExactly(1, 2, 3, 4);
    }
}
