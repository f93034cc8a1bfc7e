package org.emoscope.ui.controls;

/**
 * Maps clip time to horizontal pixels for every track of a clip, so waveform, spectrogram, attention
 * and cursor line up: {@code 0 s} at {@code left}, {@code durationSeconds} at {@code left + width}.
 */
public record TimeAxis(double durationSeconds, double left, double width) {
    public TimeAxis {
        if (!(durationSeconds > 0) || !(width > 0)) {
            throw new IllegalArgumentException("a time axis needs a positive duration and width, got "
                    + durationSeconds + " s over " + width + " px");
        }
    }

    public double toX(double seconds) {
        return left + seconds / durationSeconds * width;
    }

    /** The time under pixel {@code x}, clamped to the clip. */
    public double toSeconds(double x) {
        return Math.min(durationSeconds, Math.max(0, (x - left) / width * durationSeconds));
    }
}
