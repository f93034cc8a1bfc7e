package org.emoscope.task;

/**
 * One immutable progress report of a background task.
 *
 * @param fraction done so far in [0, 1], or {@link #INDETERMINATE} when unknown
 * @param message  what is being done, for a status line
 */
public record Progress(double fraction, String message) {
    public static final double INDETERMINATE = -1;

    public Progress {
        if (fraction != INDETERMINATE && !(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("progress fraction must be in [0, 1]: " + fraction);
        }
        message = message == null ? "" : message;
    }

    /** {@code done} of {@code total} steps, with a message. */
    public static Progress of(long done, long total, String message) {
        return new Progress(total <= 0 ? INDETERMINATE : Math.min(1.0, done / (double) total), message);
    }
}
