package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.emoscope.corpus.Emotion;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.training.AttentionPeak;
import org.emoscope.training.ClipAnalysis;
import org.junit.jupiter.api.Test;

class AttentionTrackTest {
    private static final double HOP = 0.025;
    private final AttentionTimeMap timeMap = new AttentionTimeMap(16_000, 400, 800, 5);

    @Test
    void eachStepGetsTheHopWideCellAroundTheCentreOfItsReceptiveField() {
        // 0.2 s of audio: 9 frames; 12 model steps, the last ones beyond the clip.
        float[] alpha = new float[12];
        alpha[3] = 0.5f;
        AttentionTrack track = AttentionTrack.of(analysis(0.2, alpha), timeMap, HOP, 5);

        // Step 0 sees frames 0..4, centred on frame 2 at 50 ms; its cell also takes the clip's first frames.
        assertThat(track.cellStart()[0]).isZero();
        assertThat(track.cellEnd()[0]).isCloseTo(0.0625, within(1e-12));
        // Step 1: frames 1..5, centre 75 ms.
        assertThat(track.cellStart()[1]).isCloseTo(0.0625, within(1e-12));
        assertThat(track.cellEnd()[1]).isCloseTo(0.0875, within(1e-12));
        // Step 3: frames 3..7, centre 125 ms.
        assertThat(track.cellStart()[3]).isCloseTo(0.1125, within(1e-12));
        assertThat(track.cellEnd()[3]).isCloseTo(0.1375, within(1e-12));
        assertThat(track.maxWeight()).isEqualTo(0.5);
    }

    @Test
    void theStepUnderAnInstantIsTheOneWhoseCellIsDrawnThereAndItKnowsItsWholeSpan() {
        AttentionTrack track = AttentionTrack.of(analysis(0.2, new float[12]), timeMap, HOP, 5);

        assertThat(track.stepAt(0)).hasValue(0);
        assertThat(track.stepAt(0.07)).hasValue(1);
        assertThat(track.stepAt(0.12)).hasValue(3);
        assertThat(track.stepAt(0.2)).as("the clip's last instant").hasValue(6);
        assertThat(track.stepAt(0.25)).as("past the clip").isEmpty();
        // Step 3 reads frames 3..7: windows centred 75..175 ms, each 50 ms wide.
        assertThat(track.spans().get(3).startSeconds()).isCloseTo(0.05, within(1e-12));
        assertThat(track.spans().get(3).endSeconds()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void stepsBeyondTheClipGetEmptyCellsAndCellsStopAtItsEnd() {
        AttentionTrack track = AttentionTrack.of(analysis(0.2, new float[12]), timeMap, HOP, 5);

        // Step 6 is centred on frame 8 at 200 ms, the clip's end: its cell is cut in half.
        assertThat(track.cellStart()[6]).isCloseTo(0.1875, within(1e-12));
        assertThat(track.cellEnd()[6]).isEqualTo(0.2);
        // Step 9 starts at 200 ms: nothing of the clip.
        assertThat(track.cellStart()[9]).isEqualTo(track.cellEnd()[9]);
        assertThat(track.cellStart()[11]).isEqualTo(track.cellEnd()[11]);
    }

    @Test
    void measuresTheAttentionThatFallsOnTheClipRatherThanItsPadding() {
        // 0.2 s: steps 0..6 have a cell on the clip, 7..11 only padding.
        float[] alpha = new float[12];
        alpha[0] = 0.1f;
        alpha[6] = 0.4f;
        alpha[10] = 0.5f;

        AttentionTrack track = AttentionTrack.of(analysis(0.2, alpha), timeMap, HOP, 5);

        assertThat(track.stepsInClip()).isEqualTo(7);
        assertThat(track.massInClip()).isCloseTo(0.5, within(1e-6));
        assertThat(track.evenWeightInClip()).isCloseTo(0.5 / 7, within(1e-6));
    }

    @Test
    void keepsThePeaksWithTheirFullSpans() {
        AttentionPeak peak = new AttentionPeak(3, 0.5, 0.05, 0.2);
        ClipAnalysis analysis = new ClipAnalysis(0.2, List.of(Emotion.ANGER), new float[] {1}, List.of("emodb:03"),
                new float[] {1}, new float[12], List.of(peak), new float[0][0][0], 12);

        assertThat(AttentionTrack.of(analysis, timeMap, HOP, 5).peaks()).containsExactly(peak);
    }

    private static ClipAnalysis analysis(double seconds, float[] alpha) {
        return new ClipAnalysis(seconds, List.of(Emotion.ANGER), new float[] {1}, List.of("emodb:03"),
                new float[] {1}, alpha, List.of(), new float[0][0][0], alpha.length);
    }
}
