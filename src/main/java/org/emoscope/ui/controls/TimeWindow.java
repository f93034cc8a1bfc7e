package org.emoscope.ui.controls;

/**
 * The stretch of a clip that its tracks show: {@code [startSeconds, endSeconds]} inside
 * {@code [0, clipSeconds]}. Zooming and panning return a new window that never leaves the clip and
 * never gets shorter than {@link #MIN_SPAN_SECONDS} (or the clip, if that is shorter). Immutable.
 *
 * @param clipSeconds  the clip's duration, ≥ 0
 * @param startSeconds the left edge of the view
 * @param endSeconds   the right edge of the view
 */
public record TimeWindow(double clipSeconds, double startSeconds, double endSeconds) {
    /** The narrowest view: two feature hops of 25 ms, so a frame is still a readable block. */
    public static final double MIN_SPAN_SECONDS = 0.05;

    public TimeWindow {
        if (!(clipSeconds >= 0) || !(startSeconds >= 0) || !(endSeconds <= clipSeconds)
                || !(startSeconds <= endSeconds)) {
            throw new IllegalArgumentException("a time window must lie within its clip, got " + startSeconds
                    + " .. " + endSeconds + " s of a " + clipSeconds + " s clip");
        }
    }

    /** The whole clip. */
    public static TimeWindow whole(double clipSeconds) {
        return new TimeWindow(clipSeconds, 0, clipSeconds);
    }

    public double spanSeconds() {
        return endSeconds - startSeconds;
    }

    /** How many times the clip is magnified: 1 for the whole clip. */
    public double zoomFactor() {
        return spanSeconds() > 0 ? clipSeconds / spanSeconds() : 1;
    }

    public boolean isWhole() {
        return startSeconds == 0 && endSeconds == clipSeconds;
    }

    public boolean contains(double seconds) {
        return seconds >= startSeconds && seconds <= endSeconds;
    }

    /**
     * Magnifies by {@code factor} (above 1 zooms in, below 1 out) keeping the instant
     * {@code anchorSeconds} at the same place on screen, as far as the clip's edges allow.
     */
    public TimeWindow zoom(double anchorSeconds, double factor) {
        if (!(factor > 0) || spanSeconds() == 0) {
            return this;
        }
        double span = Math.min(clipSeconds, Math.max(minSpan(), spanSeconds() / factor));
        double anchor = Math.min(endSeconds, Math.max(startSeconds, anchorSeconds));
        double fraction = (anchor - startSeconds) / spanSeconds();
        return placed(anchor - fraction * span, span);
    }

    /** Moves the view by {@code seconds} (positive: later), stopping at the clip's edges. */
    public TimeWindow panBy(double seconds) {
        return scrollTo(startSeconds + seconds);
    }

    /** Moves the view's left edge to {@code seconds}, stopping at the clip's edges. */
    public TimeWindow scrollTo(double seconds) {
        return placed(seconds, spanSeconds());
    }

    /**
     * The view that shows {@code seconds}: this one when it already does, else the page that starts
     * there (so playback turns pages forwards) or, near the end, the last page.
     */
    public TimeWindow reveal(double seconds) {
        return contains(seconds) ? this : scrollTo(seconds);
    }

    private TimeWindow placed(double start, double span) {
        double clamped = Math.min(clipSeconds - span, Math.max(0, start));
        // The last page ends exactly at the clip's end, not a rounding error before it.
        double end = clamped + span >= clipSeconds ? clipSeconds : clamped + span;
        return new TimeWindow(clipSeconds, Math.max(0, clamped), end);
    }

    private double minSpan() {
        return Math.min(MIN_SPAN_SECONDS, clipSeconds);
    }
}
