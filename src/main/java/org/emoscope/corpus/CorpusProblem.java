package org.emoscope.corpus;

import java.util.Objects;

/**
 * A file of a corpus folder that is not (or not entirely) a usable clip, with the reason a user can
 * act on.
 *
 * @param relativePath the file relative to the corpus root, '/'-separated
 * @param reason       what is wrong, without the file name, e.g. {@code "unknown emotion code 'x' in SAVEE name"}
 */
public record CorpusProblem(String relativePath, String reason) {
    public CorpusProblem {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return relativePath + ": " + reason;
    }
}
