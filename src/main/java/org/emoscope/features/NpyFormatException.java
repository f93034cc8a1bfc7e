package org.emoscope.features;

import java.io.IOException;
import java.nio.file.Path;

/** A file that is not a NumPy .npy file of the kind asked for; the message names the file and the problem. */
public class NpyFormatException extends IOException {
    public NpyFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
