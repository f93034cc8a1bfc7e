package org.emoscope.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.emoscope.features.MelScale;

/** Where to put labelled ticks on the clip view's axes. Stateless. */
public final class AxisTicks {
    private static final double[] NICE_STEPS = {1, 2, 5};

    private AxisTicks() {
    }

    /**
     * Ticks at round multiples (1, 2 or 5 × 10ⁿ s) from 0 to {@code durationSeconds}, the smallest step
     * that leaves at least {@code minSpacingPx} between neighbours on a {@code widthPx} wide axis.
     */
    public static List<Tick> time(double durationSeconds, double widthPx, double minSpacingPx) {
        return time(0, durationSeconds, widthPx, minSpacingPx);
    }

    /**
     * Ticks at the round multiples that fall in {@code [startSeconds, endSeconds]} (a zoomed view),
     * spaced as {@link #time(double, double, double)} spaces them; labels get as many decimals as the
     * step needs.
     */
    public static List<Tick> time(double startSeconds, double endSeconds, double widthPx, double minSpacingPx) {
        double step = niceStep((endSeconds - startSeconds) * minSpacingPx / widthPx);
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        List<Tick> ticks = new ArrayList<>();
        for (long i = (long) Math.ceil(startSeconds / step - 1e-9); i * step <= endSeconds + 1e-9; i++) {
            double value = i * step;
            ticks.add(new Tick(value, String.format(Locale.ROOT, "%." + decimals + "f s", value)));
        }
        return ticks;
    }

    /** The smallest 1, 2 or 5 × 10ⁿ that is at least {@code atLeast}. */
    static double niceStep(double atLeast) {
        double decade = Math.pow(10, Math.floor(Math.log10(atLeast)));
        for (double nice : NICE_STEPS) {
            if (nice * decade >= atLeast * (1 - 1e-9)) {
                return nice * decade;
            }
        }
        return 10 * decade;
    }

    /**
     * {@code intervals + 1} ticks for a mel-scaled frequency axis from {@code fminHz} (bottom) to
     * {@code fmaxHz} (top): equally spaced in mel, each moved to the nearest frequency with two
     * significant digits (1.7k rather than 1693 Hz) and placed exactly where that frequency lies, so
     * the labels are both even on screen and true.
     */
    public static List<Tick> melFrequency(double fminHz, double fmaxHz, boolean htk, int intervals) {
        double low = MelScale.hzToMel(fminHz, htk);
        double high = MelScale.hzToMel(fmaxHz, htk);
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= intervals; i++) {
            double hz = i == 0 ? fminHz : i == intervals ? fmaxHz
                    : roundToTwoDigits(MelScale.melToHz(low + (high - low) * i / intervals, htk));
            ticks.add(new Tick((MelScale.hzToMel(hz, htk) - low) / (high - low), hertzLabel(hz)));
        }
        return ticks;
    }

    static double roundToTwoDigits(double value) {
        if (value <= 0) {
            return 0;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(value)) - 1);
        return Math.round(value / unit) * unit;
    }

    /** "0", "500", "1k", "1.7k", "8k". */
    static String hertzLabel(double hz) {
        if (hz < 1000) {
            return String.format(Locale.ROOT, "%d", Math.round(hz));
        }
        double khz = Math.round(hz / 100) / 10.0;
        return khz == Math.rint(khz) ? String.format(Locale.ROOT, "%dk", (long) khz)
                : String.format(Locale.ROOT, "%.1fk", khz);
    }
}
