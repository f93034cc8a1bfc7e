package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Reference p-values from scipy 1.17.1, {@code scipy.stats.wilcoxon}. */
class WilcoxonSignedRankTest {

    @Test
    void matchesScipysExactPValueForDarwinsData() {
        // scipy.stats.wilcoxon(d) -> statistic 24.0, pvalue 0.041259765625 (the example in scipy's docs)
        WilcoxonSignedRank.Result result = WilcoxonSignedRank.test(6, 8, 14, 16, 23, 24, 28, 29, 41, -48, 49, 56, 60,
                -67, 75);

        assertThat(result.wMinus()).isEqualTo(24);
        assertThat(result.wPlus()).isEqualTo(96);
        assertThat(result.n()).isEqualTo(15);
        assertThat(result.pValue()).isCloseTo(0.041259765625, within(1e-15));
    }

    @Test
    void sixDifferencesOfOneSignAreTheFewestThatReachFivePercent() {
        // wilcoxon([0.02, 0.05, 0.01, 0.03, 0.04, 0.06], method='exact') -> 0.03125 = 2 / 2^6
        assertThat(WilcoxonSignedRank.test(0.02, 0.05, 0.01, 0.03, 0.04, 0.06).pValue())
                .isCloseTo(0.03125, within(1e-15));
        assertThat(WilcoxonSignedRank.test(0.02, 0.05, 0.01, 0.03, 0.04).pValue()).isCloseTo(0.0625, within(1e-15));
    }

    @Test
    void matchesScipyForFourMixedFolds() {
        // wilcoxon([0.02, -0.05, 0.01, 0.03], method='exact') -> statistic 4.0, pvalue 0.875
        WilcoxonSignedRank.Result result = WilcoxonSignedRank.test(0.02, -0.05, 0.01, 0.03);

        assertThat(result.wMinus()).isEqualTo(4);
        assertThat(result.pValue()).isCloseTo(0.875, within(1e-15));
    }

    @Test
    void givesTheExactConditionalPValueWithTiedMagnitudes() {
        // wilcoxon(d, method=PermutationMethod()) enumerates all 2^9 sign flips -> 0.03125
        WilcoxonSignedRank.Result result = WilcoxonSignedRank.test(0.1, 0.1, -0.1, 0.2, 0.2, 0.2, 0.3, -0.05, 0.4);

        assertThat(result.wMinus()).isEqualTo(4); // mean ranks 3 (for −0.1) and 1 (for −0.05)
        assertThat(result.pValue()).isCloseTo(0.03125, within(1e-12));
    }

    @Test
    void dropsZeroDifferencesBeforeRanking() {
        // wilcoxon(d, zero_method='wilcox', method=PermutationMethod()) -> 0.25
        WilcoxonSignedRank.Result result = WilcoxonSignedRank.test(0.02, 0.0, -0.01, 0.02, 0.03, 0.0, 0.05, -0.02);

        assertThat(result.zeros()).isEqualTo(2);
        assertThat(result.n()).isEqualTo(6);
        assertThat(result.pValue()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void agreesWithBruteForceEnumerationOfSignFlips() {
        double[] d = {0.3, -0.1, 0.1, 0.25, 0.25, -0.25, 0.4, 0.05, 0.1, -0.3, 0.6};
        double[] ranks = {8.5, 3, 3, 6, 6, 6, 10, 1, 3, 8.5, 11};
        double observed = 0;
        double total = 0;
        for (int i = 0; i < d.length; i++) {
            total += ranks[i];
            observed += d[i] > 0 ? ranks[i] : 0;
        }
        double centre = total / 2;
        int asExtreme = 0;
        int patterns = 1 << d.length;
        for (int signs = 0; signs < patterns; signs++) {
            double t = 0;
            for (int i = 0; i < d.length; i++) {
                t += ((signs >> i) & 1) == 1 ? ranks[i] : 0;
            }
            if (Math.abs(t - centre) >= Math.abs(observed - centre) - 1e-9) {
                asExtreme++;
            }
        }

        assertThat(WilcoxonSignedRank.test(d).wPlus()).isEqualTo(observed);
        assertThat(WilcoxonSignedRank.test(d).pValue()).isCloseTo((double) asExtreme / patterns, within(1e-12));
    }

    @Test
    void identicalScoresAreNoEvidenceAtAll() {
        WilcoxonSignedRank.Result result = WilcoxonSignedRank.test(0, 0, 0, 0, 0, 0, 0);

        assertThat(result.n()).isZero();
        assertThat(result.zeros()).isEqualTo(7);
        assertThat(result.pValue()).isEqualTo(1);
        assertThat(WilcoxonSignedRank.test().pValue()).isEqualTo(1);
    }

    @Test
    void balancedDifferencesGivePValueOneNotMore() {
        assertThat(WilcoxonSignedRank.test(1, -1, 2, -2).pValue()).isEqualTo(1);
    }

    @Test
    void rejectsNaNDifferences() {
        assertThatThrownBy(() -> WilcoxonSignedRank.test(0.1, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }
}
