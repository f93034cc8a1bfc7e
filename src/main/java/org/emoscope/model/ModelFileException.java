package org.emoscope.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be read as an Emoscope network; the message names the file and the problem. */
public class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public ModelFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
