package org.emoscope.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real data sets shared beside the repository ({@code ../shared/datasets}). CI exports
 * {@code EMOSCOPE_DATA}; otherwise Surefire's {@code emoscope.data} property points at the default
 * place. Tests that need a data set skip, saying why, when it is not there.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The folder of one data set, e.g. {@code "emodb-2s"}; skips the calling test when it is missing. */
    public static Path require(String dataSet) {
        String root = System.getenv("EMOSCOPE_DATA");
        String source = "EMOSCOPE_DATA";
        if (root == null || root.isBlank()) {
            root = System.getProperty("emoscope.data");
            source = "system property emoscope.data";
        }
        assumeTrue(root != null && !root.isBlank(), "no data folder: neither EMOSCOPE_DATA nor emoscope.data is set");
        Path folder = Path.of(root, dataSet);
        assumeTrue(Files.isDirectory(folder), "shared data set " + folder + " (from " + source + ") is not available");
        return folder;
    }
}
