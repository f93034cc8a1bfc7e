package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AttentionTimeMapTest {
    private final AttentionTimeMap map = withPaperFeatures(ModelArchitecture.paper());

    /** The map of a network with the paper's features: 16 kHz audio, 25 ms hop, 50 ms window. */
    private static AttentionTimeMap withPaperFeatures(ModelArchitecture architecture) {
        return new AttentionTimeMap(16_000, 400, 800, architecture.receptiveFrames());
    }

    @Test
    void stepCoversFiveInputFramesForKernels313() {
        assertThat(map.firstFrame(10)).isEqualTo(10);
        assertThat(map.lastFrame(10)).isEqualTo(14);
    }

    @Test
    void stepSpanRunsFromFirstWindowStartToLastWindowEnd() {
        // Frames 10..14: samples 10*400 - 400 = 3600 to 14*400 + 400 = 6000 at 16 kHz.
        AttentionTimeMap.Span span = map.stepSpan(10, 6.4);
        assertThat(span.startSeconds()).isCloseTo(0.225, within(1e-12));
        assertThat(span.endSeconds()).isCloseTo(0.375, within(1e-12));
    }

    @Test
    void frameSpanIsTheCentredWindow() {
        AttentionTimeMap.Span span = map.frameSpan(3, 6.4);
        assertThat(span.startSeconds()).isCloseTo(0.05, within(1e-12));
        assertThat(span.endSeconds()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void firstStepIsClampedAtTheClipStart() {
        AttentionTimeMap.Span span = map.stepSpan(0, 6.4);
        assertThat(span.startSeconds()).isZero();
        assertThat(span.endSeconds()).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void stepsInPaddingCollapseToTheClipEnd() {
        AttentionTimeMap.Span partly = map.stepSpan(20, 0.6);
        assertThat(partly.startSeconds()).isCloseTo(0.475, within(1e-12));
        assertThat(partly.endSeconds()).isEqualTo(0.6);

        AttentionTimeMap.Span beyond = map.stepSpan(251, 1.0);
        assertThat(beyond.startSeconds()).isEqualTo(1.0);
        assertThat(beyond.durationSeconds()).isZero();
    }

    @Test
    void receptiveFieldFollowsTheKernels() {
        ModelArchitecture wide = new ModelArchitecture(128, 256, java.util.List.of(8, 8, 8),
                java.util.List.of(5, 3, 3), 8, 4, 2, 2, 8, 0.35);
        assertThat(withPaperFeatures(wide).lastFrame(0)).isEqualTo(8);
    }

    @Test
    void rejectsNegativeStepsAndDurations() {
        assertThatThrownBy(() -> map.stepSpan(-1, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("step");
        assertThatThrownBy(() -> map.stepSpan(0, -1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Clip duration");
    }
}
