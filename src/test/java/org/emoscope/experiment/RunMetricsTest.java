package org.emoscope.experiment;

import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RunMetricsTest {
    private static final List<String> LABELS = List.of("anger", "happy", "sad");

    @TempDir
    Path dir;

    private static Prediction p(String clip, String fold, int trueClass, int predicted) {
        double[] probabilities = new double[LABELS.size()];
        probabilities[predicted] = 1;
        return new Prediction(clip, fold, fold.substring(fold.indexOf(':') + 1), trueClass, predicted, probabilities);
    }

    /** Fold DC: 3 of 4 right, no sad clips; fold JE: 1 of 2 right. */
    private static LosoReport report() {
        return LosoReport.of(LABELS, List.of(
                p("DC/1", "savee:DC", 0, 0), p("DC/2", "savee:DC", 0, 0), p("DC/3", "savee:DC", 1, 1),
                p("DC/4", "savee:DC", 1, 0), p("JE/1", "savee:JE", 2, 2), p("JE/2", "savee:JE", 2, 1)));
    }

    @Test
    void summarisesTheLosoReport() {
        RunMetrics metrics = RunMetrics.of(report(), "best validation UA", 0.875);

        assertThat(metrics.pooled().n()).isEqualTo(6);
        assertThat(metrics.pooled().wa()).isCloseTo(4 / 6.0, within(1e-15));
        // Recalls: anger 2/2, happy 1/2, sad 1/2.
        assertThat(metrics.pooled().ua()).isCloseTo(2 / 3.0, within(1e-15));
        assertThat(metrics.perFold().keySet()).containsExactly("savee:DC", "savee:JE");
        assertThat(metrics.perFold().get("savee:DC").excludedFromUa()).containsExactly("sad");
        assertThat(metrics.waOverFolds().mean()).isCloseTo((0.75 + 0.5) / 2, within(1e-15));
        assertThat(metrics.pooledConfusion()).containsExactly(List.of(2L, 0L, 0L), List.of(1L, 1L, 0L),
                List.of(0L, 1L, 1L));
        assertThat(metrics.perClass()).extracting(c -> c.label() + ":" + c.recall())
                .containsExactly("anger:1.0", "happy:0.5", "sad:0.5");
        assertThat(metrics.uaDefinition()).startsWith("UA (unweighted accuracy)");
    }

    @Test
    void roundTripsThroughMetricsJsonIncludingUndefinedScores() throws IOException {
        RunMetrics oneFold = RunMetrics.of(LosoReport.of(LABELS, List.of(p("DC/1", "savee:DC", 0, 1))),
                "last epoch", null);
        RunMetrics twoFolds = RunMetrics.of(report(), "best validation UA", 0.875);
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            assertThat(folder.readMetrics()).isEmpty();
            folder.writeMetrics(oneFold);
            assertThat(folder.readMetrics()).contains(oneFold);
            folder.writeMetrics(twoFolds);
        }

        assertThat(ExperimentFolder.open(dir.resolve("run")).readMetrics()).contains(twoFolds);
        assertThat(oneFold.waOverFolds().sd()).isNaN();
        assertThat(oneFold.perClass().get(2).recall()).isNaN();
        assertThat(Files.readString(dir.resolve("run/metrics.json")))
                .contains("\"formatVersion\" : 1", "\"selectionPolicy\" : \"best validation UA\"");
    }
}
