package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A run folder or one of its files cannot be used: damaged, missing, from a newer format, in use,
 * or a folder that must not be written into. The message names the path and the problem.
 */
public class ExperimentFolderException extends IOException {
    private final transient Path path;

    public ExperimentFolderException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public ExperimentFolderException(Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    /** The file or folder the problem is about. */
    public Path path() {
        return path;
    }
}
