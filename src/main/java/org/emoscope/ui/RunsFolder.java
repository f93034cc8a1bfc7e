package org.emoscope.ui;

import java.nio.file.Path;

/**
 * Where the workbench keeps its runs: the folder named by the system property {@value #PROPERTY},
 * else the one remembered in the preferences, else {@code ~/emoscope/runs}. Created when the
 * first run is written.
 */
public final class RunsFolder {
    public static final String PROPERTY = "emoscope.runs";

    private RunsFolder() {
    }

    /** The runs folder, preferring {@code remembered} (null: none) over the default. */
    public static Path locate(Path remembered) {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        if (remembered != null) {
            return remembered.toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), "emoscope", "runs");
    }
}
