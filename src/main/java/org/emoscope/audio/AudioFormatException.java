package org.emoscope.audio;

import org.emoscope.io.UserFacing;

import java.nio.file.Path;
import org.emoscope.io.FileNames;

/**
 * An audio file that cannot be read as audio. The message always names the file and the problem,
 * e.g. {@code "JE/sa03.wav: not a RIFF/WAVE file"}, so it can be shown to a user as it is.
 */
public class AudioFormatException extends Exception implements UserFacing {
    private final Path file;
    private final String problem;

    public AudioFormatException(Path file, String problem) {
        this(file, problem, null);
    }

    public AudioFormatException(Path file, String problem, Throwable cause) {
        super(FileNames.printable(file) + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** The problem alone, without the file name. */
    public String problem() {
        return problem;
    }
}
