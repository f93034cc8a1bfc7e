package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {

    @Test
    void pairsOnlyTheFoldsBothHaveInFoldOrder() {
        Map<String, Double> first = Map.of("savee:DC", 0.60, "savee:JE", 0.50, "savee:KL", 0.70);
        Map<String, Double> second = Map.of("savee:JE", 0.55, "savee:DC", 0.65, "savee:JK", 0.90);

        PairedComparison comparison = PairedComparison.of(first, second).orElseThrow();

        assertThat(comparison.folds()).extracting(PairedComparison.FoldDifference::fold)
                .containsExactly("savee:DC", "savee:JE");
        assertThat(comparison.meanDifference()).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void fourFoldsAreAlwaysWithinNoiseEvenWhenAllImprove() {
        Map<String, Double> first = Map.of("a", 0.5, "b", 0.5, "c", 0.5, "d", 0.5);
        Map<String, Double> second = Map.of("a", 0.6, "b", 0.62, "c", 0.58, "d", 0.61);

        PairedComparison comparison = PairedComparison.of(first, second).orElseThrow();

        assertThat(comparison.interval().contains(0)).isFalse();
        assertThat(comparison.pValue()).isCloseTo(0.125, within(1e-15));
        assertThat(comparison.withinNoise()).isTrue();
    }

    @Test
    void tenFoldsThatAllImproveAreBeyondNoise() {
        Map<String, Double> first = new java.util.HashMap<>();
        Map<String, Double> second = new java.util.HashMap<>();
        for (int i = 0; i < 10; i++) {
            first.put("emodb:" + i, 0.5);
            second.put("emodb:" + i, 0.55 + 0.01 * i);
        }

        PairedComparison comparison = PairedComparison.of(first, second).orElseThrow();

        assertThat(comparison.pValue()).isCloseTo(2.0 / 1024, within(1e-15));
        assertThat(comparison.withinNoise()).isFalse();
    }

    @Test
    void noCommonFoldMeansNoComparison() {
        assertThat(PairedComparison.of(Map.of("a", 0.5), Map.of("b", 0.5))).isEmpty();
        assertThat(PairedComparison.of(Map.of("a", Double.NaN), Map.of("a", 0.5))).isEmpty();
    }
}
