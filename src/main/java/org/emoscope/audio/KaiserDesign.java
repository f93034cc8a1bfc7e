package org.emoscope.audio;

/**
 * Kaiser-window arithmetic for windowed-sinc low-pass filters (Kaiser &amp; Schafer 1980):
 * the window shape for a stopband attenuation, and the length for a transition width.
 */
final class KaiserDesign {
    /**
     * Designed 4 dB beyond the 80 dB promised, because Kaiser's length formula is an estimate that
     * can fall short by a dB or two.
     */
    static final double ATTENUATION_DB = 84;

    private static final double BETA = 0.1102 * (ATTENUATION_DB - 8.7);
    private static final double I0_BETA = besselI0(BETA);

    private KaiserDesign() {
    }

    /** Filter length in samples for a transition of {@code width} cycles per sample. */
    static double length(double width) {
        return (ATTENUATION_DB - 7.95) / (2.285 * 2 * Math.PI * width) + 1;
    }

    /**
     * Windowed ideal low-pass with cutoff {@code cutoff} cycles per sample, at {@code t} samples
     * from its centre, for a window spanning {@code -halfLength..halfLength}.
     */
    static double windowedSinc(double t, double cutoff, double halfLength) {
        double r = t / halfLength;
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double window = besselI0(BETA * Math.sqrt(1 - r * r)) / I0_BETA;
        double x = 2 * cutoff * t;
        double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        return 2 * cutoff * sinc * window;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series. */
    static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        double half = x / 2;
        for (int k = 1; k < 200 && term > sum * 1e-17; k++) {
            term *= (half / k) * (half / k);
            sum += term;
        }
        return sum;
    }
}
