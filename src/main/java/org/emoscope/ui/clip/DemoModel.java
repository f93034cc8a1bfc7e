package org.emoscope.ui.clip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The model the workbench opens at start, if any: the file named by the system property
 * {@value #PROPERTY}, else one bundled as the class-path resource {@value #RESOURCE} (copied to a
 * temporary file, since models load from files). Touches the disk: call it on a background thread.
 */
public final class DemoModel {
    public static final String PROPERTY = "emoscope.demoModel";
    public static final String RESOURCE = "/org/emoscope/demo-model.zip";

    private DemoModel() {
    }

    /**
     * @return the demo model's file, empty when none is configured or bundled
     * @throws NoSuchFileException when the property names a file that does not exist
     */
    public static Optional<Path> locate() throws IOException {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path file = Path.of(configured);
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "no such model file (from -D" + PROPERTY + ")");
            }
            return Optional.of(file);
        }
        try (InputStream bundled = DemoModel.class.getResourceAsStream(RESOURCE)) {
            if (bundled == null) {
                return Optional.empty();
            }
            // A private folder keeps the file's own name, which the status bar shows.
            Path folder = Files.createTempDirectory("emoscope-demo");
            Path copy = folder.resolve("demo-model.zip");
            Files.copy(bundled, copy, StandardCopyOption.REPLACE_EXISTING);
            copy.toFile().deleteOnExit();
            folder.toFile().deleteOnExit();
            return Optional.of(copy);
        }
    }
}
