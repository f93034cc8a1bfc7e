package org.emoscope.corpus;

/**
 * Hears how far a long operation has got. Calls come from worker threads, one at a time (never
 * concurrently), with {@code done} rising from 0 to {@code total}; a UI should hand them to its own
 * thread and may drop all but the latest.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    void progress(int done, int total);
}
