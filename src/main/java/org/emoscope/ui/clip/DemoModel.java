package org.emoscope.ui.clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.experiment.ExperimentFolder;

/**
 * The model the workbench opens at start, if any: the file named by the system property
 * {@value #PROPERTY}, else the model of the demo run bundled in {@code sample-audio/demo-run/}
 * (trained on the sample corpus with speaker 03 held out). Touches the disk: call it on a
 * background thread.
 */
public final class DemoModel {
    public static final String PROPERTY = "emoscope.demoModel";
    /** The demo run's one fold, whose model it is. */
    private static final String DEMO_FOLD = "emodb:03";

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
        return BundledSamples.locate().flatMap(BundledSamples::demoRun)
                .map(run -> ExperimentFolder.modelFileIn(run, DEMO_FOLD)).filter(Files::isRegularFile);
    }
}
