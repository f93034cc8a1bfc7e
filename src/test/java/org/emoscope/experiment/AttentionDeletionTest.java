package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.evaluation.Prediction;
import org.emoscope.model.AttentionTimeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionDeletionTest {
    private static final Path BUNDLED = Path.of(BundledSamples.FOLDER_NAME, BundledSamples.DEMO_RUN_FOLDER);

    @TempDir
    Path runs;

    @Test
    void deletingNothingGivesTheRunsOwnAccuracyAndDeletingHalfTheStepsChangesIt() throws IOException {
        RunResults demo = RunResults.read(DemoRun.installInto(runs, BUNDLED).orElseThrow());
        List<Prediction> predictions = demo.predictions().orElseThrow().predictions();
        double recorded = predictions.stream().filter(p -> p.trueClass() == p.predictedClass()).count()
                / (double) predictions.size();

        AttentionDeletion.Curves curves = AttentionDeletion.of(demo, TestRuns.NEVER_CANCELLED);

        assertThat(curves.clips()).isEqualTo(predictions.size());
        assertThat(curves.problems()).isEmpty();
        for (AttentionDeletion.Order order : AttentionDeletion.Order.values()) {
            assertThat(curves.accuracy().get(order)[0]).as("%s at k = 0", order).isCloseTo(recorded, within(1e-9));
        }
        double[] top = curves.probability().get(AttentionDeletion.Order.TOP_ALPHA);
        assertThat(top[top.length - 1]).as("true-class probability with half the steps deleted").isNotEqualTo(top[0]);

        assertThat(AttentionDeletion.read(demo.directory())).isEmpty();
        AttentionDeletion.save(curves, demo.directory());
        AttentionDeletion.Curves kept = AttentionDeletion.read(demo.directory()).orElseThrow();
        assertThat(kept.clips()).isEqualTo(curves.clips());
        assertThat(kept.accuracy().get(AttentionDeletion.Order.RANDOM))
                .containsExactly(curves.accuracy().get(AttentionDeletion.Order.RANDOM));
    }

    @Test
    void aShareOfStepsIsRoundedButNeverNothingOnceItIsNotZero() {
        assertThat(AttentionDeletion.deleted(0, 77)).isZero();
        assertThat(AttentionDeletion.deleted(0.05, 77)).isEqualTo(4);
        assertThat(AttentionDeletion.deleted(0.05, 5)).isEqualTo(1);
        assertThat(AttentionDeletion.deleted(0.5, 3)).isEqualTo(2);
    }

    @Test
    void aFramesWeightIsTheAlphaOfEveryStepThatReadsIt() {
        // Steps read 5 frames (kernels 3/1/3): 3 audio steps read frames 0..6.
        AttentionTimeMap time = new AttentionTimeMap(16_000, 400, 800, 5);

        double[] weight = AttentionDeletion.frameWeights(new float[] {0.5f, 0.3f, 0.2f, 0f}, 3, time, 10);

        assertThat(weight).containsExactly(new double[] {0.5, 0.8, 1.0, 1.0, 1.0, 0.5, 0.2}, within(1e-6));
    }

    @Test
    void pooledCurvesWeighEachRunByItsClips() {
        double[] fractions = AttentionDeletion.FRACTIONS.clone();
        AttentionDeletion.Curves a = curves(10, 1.0);
        AttentionDeletion.Curves b = curves(30, 0.0);

        AttentionDeletion.Curves pooled = AttentionDeletion.pooled(List.of(a, b));

        assertThat(pooled.clips()).isEqualTo(40);
        assertThat(pooled.accuracy().get(AttentionDeletion.Order.RANDOM)).containsOnly(new double[] {0.25}, within(1e-12));
        assertThat(pooled.fractions()).containsExactly(fractions);
    }

    private static AttentionDeletion.Curves curves(int clips, double value) {
        double[] values = new double[AttentionDeletion.FRACTIONS.length];
        Arrays.fill(values, value);
        Map<AttentionDeletion.Order, double[]> all = Map.of(AttentionDeletion.Order.TOP_ALPHA, values,
                AttentionDeletion.Order.RANDOM, values, AttentionDeletion.Order.BOTTOM_ALPHA, values,
                AttentionDeletion.Order.TOP_SALIENCY, values, AttentionDeletion.Order.RANDOM_STRETCH, values);
        return new AttentionDeletion.Curves(List.of(Path.of("run")), clips, AttentionDeletion.FRACTIONS.clone(), all,
                all, List.of());
    }
}
