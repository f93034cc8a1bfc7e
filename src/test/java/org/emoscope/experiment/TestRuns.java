package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** A configuration and an environment for tests that need a run. */
final class TestRuns {
    static final Instant START = Instant.parse("2024-05-01T10:15:30.123Z");

    /** Stands in for the training configuration, which this package knows only as JSON. */
    record SampleConfig(String preset, int epochs, double learningRate) {
    }

    static final SampleConfig CONFIG = new SampleConfig("paper", 30, 1e-4);

    private TestRuns() {
    }

    static RunEnvironment environment() {
        return RunEnvironment.current("CPU (nd4j-native, AVX2)", "CPU", 42L,
                Map.of("savee", "sha256:aa", "emodb", "sha256:bb"), START);
    }

    static ExperimentFolder create(Path directory) throws IOException {
        return ExperimentFolder.create(directory, CONFIG, environment());
    }
}
