package org.emoscope.ui.controls;

/**
 * Maps clip time to horizontal pixels for every track of a clip, so waveform, spectrogram, attention
 * and cursor line up at every zoom: {@code startSeconds} at {@code left}, {@code endSeconds} at
 * {@code left + width}. Times outside that window map outside the plot area; tracks clip to it.
 */
public record TimeAxis(double startSeconds, double endSeconds, double left, double width) {
    public TimeAxis {
        if (!(endSeconds > startSeconds) || !(width > 0)) {
            throw new IllegalArgumentException("a time axis needs a positive span and width, got "
                    + startSeconds + " .. " + endSeconds + " s over " + width + " px");
        }
    }

    /** The axis that shows {@code window} over {@code width} pixels from {@code left}. */
    public static TimeAxis of(TimeWindow window, double left, double width) {
        return new TimeAxis(window.startSeconds(), window.endSeconds(), left, width);
    }

    public double spanSeconds() {
        return endSeconds - startSeconds;
    }

    /** The plot area's right edge. */
    public double right() {
        return left + width;
    }

    public double toX(double seconds) {
        return left + (seconds - startSeconds) / spanSeconds() * width;
    }

    /** The time under pixel {@code x}, clamped to the visible window. */
    public double toSeconds(double x) {
        return Math.min(endSeconds, Math.max(startSeconds, startSeconds + (x - left) / width * spanSeconds()));
    }

    /** Seconds per pixel: how far the view moves when the mouse drags one pixel. */
    public double secondsPerPixel() {
        return spanSeconds() / width;
    }
}
