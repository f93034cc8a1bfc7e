package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaveformEnvelopeTest {
    @Test
    void eachColumnHoldsTheExtremesOfItsShareOfSamples() {
        float[] samples = {0.1f, -0.5f, 0.3f, 0.9f, -0.2f, 0.0f};

        WaveformEnvelope envelope = WaveformEnvelope.of(samples, 2);

        assertThat(envelope.min()).containsExactly(-0.5f, -0.2f);
        assertThat(envelope.max()).containsExactly(0.3f, 0.9f);
    }

    @Test
    void unevenSplitsCoverEverySampleOnce() {
        float[] samples = {1, 2, 3, 4, 5, 6, 7};

        WaveformEnvelope envelope = WaveformEnvelope.of(samples, 3);

        // Columns cover [0, 2), [2, 4), [4, 7).
        assertThat(envelope.min()).containsExactly(1f, 3f, 5f);
        assertThat(envelope.max()).containsExactly(2f, 4f, 7f);
    }

    @Test
    void moreColumnsThanSamplesRepeatTheSampleUnderEachColumn() {
        WaveformEnvelope envelope = WaveformEnvelope.of(new float[] {-1, 1}, 4);

        assertThat(envelope.min()).containsExactly(-1f, -1f, 1f, 1f);
        assertThat(envelope.max()).containsExactly(-1f, -1f, 1f, 1f);
    }

    @Test
    void aZoomedStretchCoversOnlyItsSamples() {
        float[] samples = {9, 1, 2, 3, 4, 9, 9};

        // Positions 1 to 5 over two columns: [1, 3) and [3, 5).
        WaveformEnvelope envelope = WaveformEnvelope.of(samples, 1, 5, 2);

        assertThat(envelope.min()).containsExactly(1f, 3f);
        assertThat(envelope.max()).containsExactly(2f, 4f);
    }

    @Test
    void aStretchReachingPastTheEndsClampsToTheSamples() {
        WaveformEnvelope envelope = WaveformEnvelope.of(new float[] {-1, 1}, -2, 4, 3);

        assertThat(envelope.min()).containsExactly(-1f, -1f, 1f);
        assertThat(envelope.max()).containsExactly(-1f, 1f, 1f);
    }

    @Test
    void silenceGivesAFlatEnvelope() {
        WaveformEnvelope envelope = WaveformEnvelope.of(new float[0], 3);

        assertThat(envelope.columns()).isEqualTo(3);
        assertThat(envelope.max()).containsOnly(0f);
    }
}
