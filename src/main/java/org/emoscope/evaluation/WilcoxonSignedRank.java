package org.emoscope.evaluation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Wilcoxon signed-rank test of paired differences (e.g. one score per LOSO fold of two
 * configurations), two-sided, with the <em>exact</em> p-value for any n.
 *
 * <p>Conventions, as in {@code scipy.stats.wilcoxon(d, zero_method="wilcox", method="exact")} when
 * there are no ties: differences whose magnitude is below {@link #ZERO} are dropped (Wilcoxon's
 * convention; they say nothing about the direction); the remaining magnitudes are ranked, tied
 * magnitudes (closer than {@link #ZERO}) getting their mean rank; W+ is the rank sum of the positive
 * differences. The p-value is {@code min(1, 2·min(P(T ≤ W+), P(T ≥ W+)))} under the sign-flip
 * distribution of T given these ranks — computed exactly by dynamic programming over doubled ranks,
 * so with ties it is the exact conditional (permutation) p-value rather than the usual normal
 * approximation. With no differences left it is 1.
 *
 * <p>With fewer than six non-zero differences no outcome reaches p &lt; 0.05 (five all of one sign
 * give 2/32 = 0.0625): four SAVEE folds can never show a significant difference on their own.
 *
 * <p>Hand-written rather than Apache Commons Math 3.6.1's {@code WilcoxonSignedRankTest}, which
 * counts zero differences as negative (two identical samples of seven get p = 0.016), ignores ties in
 * its exact distribution and can return p &gt; 1. Stateless and thread-safe.
 */
public final class WilcoxonSignedRank {
    /** Magnitudes below this count as zero, and magnitudes closer than this as tied. */
    public static final double ZERO = 1e-12;

    /**
     * The outcome of one test.
     *
     * @param n       non-zero differences, the ones ranked
     * @param zeros   differences dropped as zero
     * @param wPlus   rank sum of the positive differences (mean ranks for ties)
     * @param wMinus  rank sum of the negative differences
     * @param pValue  exact two-sided p-value, in [0, 1]
     */
    public record Result(int n, int zeros, double wPlus, double wMinus, double pValue) {
    }

    private WilcoxonSignedRank() {
    }

    /**
     * Tests whether the differences are centred on zero.
     *
     * @throws IllegalArgumentException when a difference is NaN or infinite
     */
    public static Result test(double... differences) {
        for (double d : differences) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("a paired difference is " + d);
            }
        }
        double[] nonZero = Arrays.stream(differences).filter(d -> Math.abs(d) >= ZERO).toArray();
        int n = nonZero.length;
        int zeros = differences.length - n;
        if (n == 0) {
            return new Result(0, zeros, 0, 0, 1);
        }
        int[] doubledRanks = doubledRanks(nonZero);
        int observed = 0;
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += doubledRanks[i];
            if (nonZero[i] > 0) {
                observed += doubledRanks[i];
            }
        }
        double[] distribution = signFlipDistribution(doubledRanks, total);
        double lower = 0;
        double upper = 0;
        for (int s = 0; s <= total; s++) {
            if (s <= observed) {
                lower += distribution[s];
            }
            if (s >= observed) {
                upper += distribution[s];
            }
        }
        double p = Math.min(1, 2 * Math.min(lower, upper));
        return new Result(n, zeros, observed / 2.0, (total - observed) / 2.0, p);
    }

    /** Twice the mean rank of each magnitude (integers, since mean ranks are multiples of ½), in input order. */
    private static int[] doubledRanks(double[] values) {
        int n = values.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> Math.abs(values[i])));
        int[] ranks = new int[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && Math.abs(values[order[end + 1]]) - Math.abs(values[order[start]]) < ZERO) {
                end++;
            }
            // Positions start..end (0-based) share the mean of ranks start+1..end+1.
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = start + end + 2;
            }
            start = end + 1;
        }
        return ranks;
    }

    /** P(sum of the ranks given a + sign = s) when each sign is + or − with probability ½. */
    private static double[] signFlipDistribution(int[] ranks, int total) {
        double[] probability = new double[total + 1];
        probability[0] = 1;
        int reach = 0;
        for (int rank : ranks) {
            reach += rank;
            for (int s = reach; s >= 0; s--) {
                double without = probability[s];
                double with = s >= rank ? probability[s - rank] : 0;
                probability[s] = 0.5 * (without + with);
            }
        }
        return probability;
    }
}
