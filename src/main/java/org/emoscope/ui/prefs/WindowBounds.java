package org.emoscope.ui.prefs;

/**
 * A window's or a screen's rectangle in screen coordinates (a window's includes its decorations).
 * Immutable.
 */
public record WindowBounds(double x, double y, double width, double height) {

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    /** The area this rectangle shares with {@code other}; 0 when they do not overlap. */
    double overlapArea(WindowBounds other) {
        double overlapWidth = Math.min(right(), other.right()) - Math.max(x, other.x);
        double overlapHeight = Math.min(bottom(), other.bottom()) - Math.max(y, other.y);
        return overlapWidth > 0 && overlapHeight > 0 ? overlapWidth * overlapHeight : 0;
    }
}
