package org.emoscope.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the bundled synthetic sample corpus ({@code sample-audio/}) that the workbench opens by
 * default: the folder named by the system property {@code emoscope.sampleAudio}, else a
 * {@code sample-audio} folder beside the application jar or up to two folders above it (the source
 * build runs from {@code target/}, the installed app from {@code lib/app/}), else in the working
 * directory.
 */
public final class BundledSamples {
    public static final String FOLDER_NAME = "sample-audio";
    public static final String PROPERTY = "emoscope.sampleAudio";
    /** The run folder of the demo model, trained on the sample corpus; not a corpus. */
    public static final String DEMO_RUN_FOLDER = "demo-run";

    private BundledSamples() {
    }

    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        }
        List<Path> candidates = new ArrayList<>();
        codeLocation().ifPresent(start -> {
            for (Path dir = start; dir != null && candidates.size() < 3; dir = dir.getParent()) {
                candidates.add(dir.resolve(FOLDER_NAME));
            }
        });
        candidates.add(Path.of("").toAbsolutePath().resolve(FOLDER_NAME));
        return candidates.stream().filter(Files::isDirectory).findFirst();
    }

    /** The corpus folders inside the sample folder (one per corpus kind), sorted by name. */
    public static List<Path> corpusFolders(Path sampleFolder) throws IOException {
        try (Stream<Path> children = Files.list(sampleFolder)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> !dir.getFileName().toString().equals(DEMO_RUN_FOLDER)).sorted().toList();
        }
    }

    /** The bundled demo run inside the sample folder, when there is one. */
    public static Optional<Path> demoRun(Path sampleFolder) {
        return Optional.of(sampleFolder.resolve(DEMO_RUN_FOLDER)).filter(Files::isDirectory);
    }

    private static Optional<Path> codeLocation() {
        try {
            Path code = Path.of(BundledSamples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(code) ? code : code.getParent());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
