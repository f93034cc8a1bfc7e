package org.emoscope.ui.prefs;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts a window back where it was, as far as today's screens allow: a screen may have been
 * unplugged or its resolution lowered since the bounds were saved. Pure logic; any thread.
 */
public final class WindowPlacement {
    /** Smaller saved sizes are taken for damage, not a choice. */
    static final double MIN_WIDTH = 320;
    static final double MIN_HEIGHT = 240;

    private WindowPlacement() {
    }

    /**
     * The bounds to give a window that was saved at {@code saved}, given the usable area of each
     * screen (primary first): the saved bounds, shrunk to fit the screen they overlap most and
     * moved onto it; on the primary screen, centred, when they overlap none.
     *
     * @return empty when nothing usable was saved (null, not finite, too small) or there are no
     *         screens: the window keeps its default size and place
     */
    public static Optional<WindowBounds> fit(WindowBounds saved, List<WindowBounds> screens) {
        if (saved == null || !usable(saved) || saved.width() < MIN_WIDTH || saved.height() < MIN_HEIGHT
                || screens.isEmpty()) {
            return Optional.empty();
        }
        WindowBounds best = screens.stream().max(Comparator.comparingDouble(saved::overlapArea)).orElseThrow();
        if (saved.overlapArea(best) == 0) {
            WindowBounds primary = screens.get(0);
            double width = Math.min(saved.width(), primary.width());
            double height = Math.min(saved.height(), primary.height());
            return Optional.of(new WindowBounds(primary.x() + (primary.width() - width) / 2,
                    primary.y() + (primary.height() - height) / 2, width, height));
        }
        double width = Math.min(saved.width(), best.width());
        double height = Math.min(saved.height(), best.height());
        double x = clamp(saved.x(), best.x(), best.right() - width);
        double y = clamp(saved.y(), best.y(), best.bottom() - height);
        return Optional.of(new WindowBounds(x, y, width, height));
    }

    private static boolean usable(WindowBounds bounds) {
        return Double.isFinite(bounds.x()) && Double.isFinite(bounds.y())
                && Double.isFinite(bounds.width()) && Double.isFinite(bounds.height());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
