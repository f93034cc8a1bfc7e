package org.emoscope.corpus;

import java.util.Objects;
import org.emoscope.io.FileNames;

/**
 * A file of a corpus folder that is not (or not entirely) a usable clip, with the reason a user can
 * act on.
 *
 * @param relativePath the file relative to the corpus root, '/'-separated
 * @param reason       what is wrong, without the file name, e.g. {@code "unknown emotion code 'x' in SAVEE name"}
 * @param clipKept     whether the file is still a clip of the corpus (a truncated WAV: its audio is used
 *                     as far as it goes), not left out
 */
public record CorpusProblem(String relativePath, String reason, boolean clipKept) {
    public CorpusProblem {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(reason, "reason");
    }

    /** A file left out of the corpus. */
    public CorpusProblem(String relativePath, String reason) {
        this(relativePath, reason, false);
    }

    /** A file kept as a clip despite the problem. */
    public static CorpusProblem ofKeptClip(String relativePath, String reason) {
        return new CorpusProblem(relativePath, reason, true);
    }

    /** What becomes of the file, for logs and lists: {@code "(kept)"} or {@code "(not used)"}. */
    public String consequence() {
        return clipKept ? "(kept: the audio present is used)" : "(not used)";
    }

    /** One line, whatever characters the file name holds. */
    @Override
    public String toString() {
        return FileNames.printable(relativePath) + ": " + reason;
    }
}
