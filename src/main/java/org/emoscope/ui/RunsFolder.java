package org.emoscope.ui;

import java.nio.file.Path;

/**
 * Where the workbench keeps its runs: the folder named by the system property {@value #PROPERTY},
 * else {@code ~/emoscope/runs}. Created when the first run is written.
 */
public final class RunsFolder {
    public static final String PROPERTY = "emoscope.runs";

    private RunsFolder() {
    }

    public static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), "emoscope", "runs");
    }
}
