package org.emoscope.experiment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What an annotator said about one test prediction of a run: a verdict, a note, or both.
 *
 * @param clip      the clip
 * @param trueLabel the annotated emotion, as the run's {@code predictions.csv} names it
 * @param predicted the emotion the run's model predicted
 * @param verdict   the verdict, or null for a note without one
 * @param note      free text, possibly empty, never null
 * @param time      when it was last changed
 */
public record AuditEntry(ClipKey clip, String trueLabel, String predicted, Verdict verdict, String note,
                         Instant time) {

    public AuditEntry {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(trueLabel, "trueLabel");
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(time, "time");
        if (verdict == null && note.isBlank()) {
            throw new IllegalArgumentException(clip + ": an audit entry needs a verdict or a note");
        }
    }

    /** The verdict; empty for a note without one. */
    public Optional<Verdict> verdictIfAny() {
        return Optional.ofNullable(verdict);
    }
}
