package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskContext;

/** A configuration and an environment for tests that need a run. */
final class TestRuns {
    static final Instant START = Instant.parse("2024-05-01T10:15:30.123Z");

    /** Stands in for the training configuration, which this package knows only as JSON. */
    record SampleConfig(String preset, int epochs, double learningRate) {
    }

    /** A network small enough for real training runs in tests. */
    static final ModelArchitecture TINY = new ModelArchitecture(128, 64, List.of(8, 8, 8), List.of(3, 1, 3),
            8, 4, 2, 2, 8, 0.35);

    static final TaskContext NEVER_CANCELLED = new TaskContext() {
        @Override
        public void progress(Progress progress) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

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
