package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** The folders directly inside a folder that are of one kind (runs, seed groups, ablations, grids). */
final class Subfolders {
    private Subfolders() {
    }

    /**
     * The folders in {@code folder} that {@code kind} accepts, in name order; none when it does not exist.
     *
     * @throws IOException only when {@code folder} itself cannot be listed
     */
    static List<Path> of(Path folder, Predicate<Path> kind) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path entry : entries) {
                if (kind.test(entry)) {
                    found.add(entry);
                }
            }
        }
        found.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return found;
    }
}
