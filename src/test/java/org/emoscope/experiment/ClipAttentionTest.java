package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.emoscope.features.ProsodyContour;
import org.emoscope.training.AttentionStep;
import org.junit.jupiter.api.Test;

class ClipAttentionTest {
    /** Ten 0.1-s steps over a 1-s clip, the contour every 10 ms with energy rising and F0 falling over time. */
    private static List<AttentionStep> steps(float... alpha) {
        List<AttentionStep> steps = new ArrayList<>();
        for (int i = 0; i < alpha.length; i++) {
            steps.add(new AttentionStep(i, i * 0.1, (i + 1) * 0.1, alpha[i], false));
        }
        return steps;
    }

    private static ProsodyContour rising() {
        float[] f0 = new float[101];
        float[] energy = new float[101];
        for (int frame = 0; frame <= 100; frame++) {
            f0[frame] = 200 - frame;
            energy[frame] = -60 + frame * 0.5f;
        }
        return new ProsodyContour(0.01, f0, energy);
    }

    @Test
    void evenAttentionIsOneEverywhereWithFullEntropyAndATenthOnTheTopTenth() {
        float[] even = new float[10];
        Arrays.fill(even, 0.1f);

        ClipAttention clip = ClipAttention.of("a.wav", "emodb:03", "anger", "anger", steps(even), rising(), 0, 1);

        assertThat(clip.relativeWeight()).containsOnly(new double[] {1}, within(1e-6));
        assertThat(clip.entropyRatio()).isCloseTo(1, within(1e-6));
        assertThat(clip.topTenthMass()).isCloseTo(0.1, within(1e-6));
        assertThat(clip.energyCorrelation()).as("α constant: no correlation").isNaN();
        assertThat(clip.position()).containsExactly(new double[] {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95},
                within(1e-9));
    }

    @Test
    void attentionRisingWithLoudnessCorrelatesWithEnergyAndAgainstAFallingPitch() {
        ClipAttention clip = ClipAttention.of("a.wav", "emodb:03", "anger", "fear",
                steps(0.01f, 0.02f, 0.03f, 0.04f, 0.05f, 0.1f, 0.15f, 0.17f, 0.18f, 0.25f), rising(), 0, 1);

        assertThat(clip.energyCorrelation()).isGreaterThan(0.9);
        assertThat(clip.pitchCorrelation()).isLessThan(-0.9);
        assertThat(clip.peakPosition()).isCloseTo(0.95, within(1e-9));
        assertThat(clip.topTenthMass()).isCloseTo(0.25, within(1e-6));
        assertThat(clip.entropyRatio()).isLessThan(0.95);
        assertThat(clip.correct()).isFalse();
    }

    @Test
    void stepsOnPaddingOrOnDigitalSilenceAreLeftOutAndTheRestRenormalised() {
        List<AttentionStep> steps = new ArrayList<>(steps(0.3f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0f, 0f));
        steps.add(new AttentionStep(10, 1, 1, 0f, true));

        // The audio starts after 0.1 s of digital silence and ends at 0.8 s: steps 0, 8 and 9 are outside it.
        ClipAttention clip = ClipAttention.of("a.wav", "emodb:03", "anger", "anger", steps, rising(), 0.1, 0.8);

        assertThat(clip.position()).hasSize(7);
        assertThat(clip.position()[0]).isCloseTo((0.15 - 0.1) / 0.7, within(1e-9));
        assertThat(clip.relativeWeight()).containsOnly(new double[] {1}, within(1e-6));
    }

    @Test
    void aGroupsProfileInterpolatesEachClipAndAveragesOverClips() {
        ClipAttention early = ClipAttention.of("a.wav", "s", "anger", "anger",
                steps(0.55f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f), rising(), 0, 1);
        ClipAttention late = ClipAttention.of("b.wav", "s", "anger", "anger",
                steps(0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.05f, 0.55f), rising(), 0, 1);

        AttentionGroup group = AttentionGroup.of("anger", List.of(early, late));

        assertThat(group.clips()).isEqualTo(2);
        // Bin 0 (centre 0.025) lies before the first step's centre: the clip's first weight, 5.5 and 0.5.
        assertThat(group.profileMean()[0]).isCloseTo(3.0, within(1e-6));
        assertThat(group.profileMean()[AttentionGroup.PROFILE_BINS - 1]).isCloseTo(3.0, within(1e-6));
        assertThat(group.profileMean()[10]).isCloseTo(0.5, within(1e-6));
        assertThat(group.peakShare()[0]).isEqualTo(0.5);
        assertThat(group.peakShare()[9]).isEqualTo(0.5);
        assertThat(group.peakPosition().mean()).isCloseTo(0.5, within(1e-9));
    }
}
