package org.emoscope.evaluation;

import java.util.Locale;

/**
 * Mean and sample standard deviation (n − 1 in the denominator) of a few values, e.g. one score
 * over LOSO folds.
 *
 * <p>With a single value the sample standard deviation is undefined, and it is NaN here rather
 * than 0, so that one fold never looks perfectly stable; with no values both are NaN. A NaN value
 * makes both NaN.
 *
 * @param mean the arithmetic mean
 * @param sd   the sample standard deviation
 * @param n    how many values
 */
public record MeanSd(double mean, double sd, int n) {

    public static MeanSd of(double... values) {
        int n = values.length;
        if (n == 0) {
            return new MeanSd(Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanSd(mean, Double.NaN, 1);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new MeanSd(mean, Math.sqrt(squares / (n - 1)), n);
    }

    /**
     * A figure that is not a score, e.g. a correlation: {@code "0.41 ± 0.33"} with {@code decimals} decimals, the
     * mean alone when the standard deviation is undefined, and "–" without values.
     */
    public String text(int decimals) {
        if (n == 0) {
            return "–";
        }
        String meanText = String.format(Locale.ROOT, "%." + decimals + "f", mean);
        return Double.isNaN(sd) ? meanText : meanText + String.format(Locale.ROOT, " ± %." + decimals + "f", sd);
    }

    /**
     * A score (a fraction in [0, 1]) in percent, the one style of every printed score:
     * {@code "75.00 ± 25.00 %"}, or {@code "75.00 %"} when the standard deviation is undefined.
     */
    public String percent() {
        String meanText = String.format(Locale.ROOT, "%.2f", 100 * mean);
        return (Double.isNaN(sd) ? meanText : meanText + " ± " + String.format(Locale.ROOT, "%.2f", 100 * sd)) + " %";
    }
}
