package org.emoscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks a file the user names for output before any work is done: its folder must exist (a
 * mistyped folder is reported, not created up to the root) and it must not be a folder itself.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** What stops {@code file} from being written, or empty when it can be. */
    static Optional<String> problem(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return Optional.of(file + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(file)) {
            return Optional.of(file + ": is a folder; name a file to write");
        }
        return Optional.empty();
    }
}
