package org.emoscope.corpus;

import org.emoscope.io.UserFacing;

import java.nio.file.Path;

/**
 * A folder that cannot be read as a corpus at all: missing, unreadable, without WAV files, or with
 * file names of no known corpus. The message names the folder and the reason, ready for a user.
 */
public class NotACorpusException extends Exception implements UserFacing {
    private final Path folder;
    private final String reason;

    public NotACorpusException(Path folder, String reason) {
        this(folder, reason, null);
    }

    public NotACorpusException(Path folder, String reason, Throwable cause) {
        super(folder + ": " + reason, cause);
        this.folder = folder;
        this.reason = reason;
    }

    /** The folder that was given. */
    public Path folder() {
        return folder;
    }

    /** Why it is not a corpus, without the folder name. */
    public String reason() {
        return reason;
    }
}
