package org.emoscope.evaluation;

/** Pearson's correlation coefficient. Stateless. */
public final class Correlation {
    private Correlation() {
    }

    /**
     * Pearson's r of paired values; NaN when there are fewer than two pairs, either side is constant (within
     * float rounding), or a value is NaN.
     */
    public static double pearson(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("need pairs: " + x.length + " x values, " + y.length + " y values");
        }
        int n = x.length;
        if (n < 2) {
            return Double.NaN;
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double xy = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            xy += (x[i] - meanX) * (y[i] - meanY);
            xx += (x[i] - meanX) * (x[i] - meanX);
            yy += (y[i] - meanY) * (y[i] - meanY);
        }
        return varies(xx, meanX, n) && varies(yy, meanY, n) ? xy / Math.sqrt(xx * yy) : Double.NaN;
    }

    /**
     * Whether values whose squared deviations sum to {@code squares} differ by more than float rounding (a relative
     * spread of about 1e-6), which would otherwise give a meaningless r from rounding noise.
     */
    private static boolean varies(double squares, double mean, int n) {
        return squares > 1e-12 * n * Math.max(1, mean * mean);
    }
}
