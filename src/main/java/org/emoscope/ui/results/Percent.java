package org.emoscope.ui.results;

import java.util.Locale;
import org.emoscope.evaluation.MeanSd;

/** How the results views write fractions: "71.2 %", and "–" for an undefined value. */
final class Percent {
    static final String NONE = "–";

    private Percent() {
    }

    static String of(double fraction) {
        return Double.isNaN(fraction) ? NONE : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
    }

    /** E.g. "70.1 ± 5.3 %", or "70.1 %" when the sd is undefined (a single fold). */
    static String of(MeanSd value) {
        if (value == null || Double.isNaN(value.mean())) {
            return NONE;
        }
        return Double.isNaN(value.sd()) ? of(value.mean())
                : String.format(Locale.ROOT, "%.1f ± %.1f %%", 100 * value.mean(), 100 * value.sd());
    }

    /** A difference in percentage points with its sign, e.g. "+4.4 pp"; no sign on what rounds to 0. */
    static String difference(double fraction) {
        if (Double.isNaN(fraction)) {
            return NONE;
        }
        String points = String.format(Locale.ROOT, "%+.1f pp", 100 * fraction);
        return points.substring(1).equals("0.0 pp") ? "0.0 pp" : points;
    }
}
