package org.emoscope.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RunIndexTest {
    @TempDir
    Path runs;

    private static final Path DEMO_MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");

    @Test
    void aFinishedFoldWhoseModelIsMissingOrCutShortMarksTheRunDamaged() throws IOException {
        try (ExperimentFolder run = TestRuns.create(runs.resolve("run"))) {
            run.writeMetrics(RunMetrics.of(LosoReport.of(List.of("x", "y"), List.of(
                    new Prediction("c1", "a", "s", 0, 0, new double[] {1, 0}),
                    new Prediction("c2", "b", "t", 1, 0, new double[] {1, 0}))), "last epoch", null));
            byte[] whole = Files.readAllBytes(DEMO_MODEL);
            Files.write(run.modelPath("a"), java.util.Arrays.copyOf(whole, whole.length / 2));
            run.markDone();
        }

        RunSummary listed = RunIndex.withDefaultSummary().summarise(runs.resolve("run"));

        assertThat(listed.problems()).containsExactly(
                runs.resolve("run/models/fold-a.zip") + ": not an Emoscope model file (not a complete zip archive:"
                        + " damaged or cut short)",
                runs.resolve("run/models/fold-b.zip") + ": missing, so the clips of fold b cannot be read by its model");
    }

    @Test
    void listsRunsInNameOrderWithStateScoresAndDamageSkippingOtherFolders() throws IOException {
        try (ExperimentFolder done = TestRuns.create(runs.resolve("2024-05-01-a"))) {
            done.writeMetrics(RunMetrics.of(LosoReport.of(List.of("x", "y"), List.of(
                    new Prediction("c1", "f", "s", 0, 0, new double[] {1, 0}),
                    new Prediction("c2", "f", "s", 1, 0, new double[] {1, 0}))), "last epoch", null));
            Files.copy(DEMO_MODEL, done.modelPath("f"));
            done.markDone();
        }
        TestRuns.create(runs.resolve("2024-05-02-killed")).close();
        try (ExperimentFolder damaged = TestRuns.create(runs.resolve("2024-05-03-damaged"))) {
            damaged.markDone();
        }
        Files.writeString(runs.resolve("2024-05-03-damaged/state.json"), "{\"formatVersion\": 1, \"sta");
        Files.writeString(runs.resolve("2024-05-03-damaged/metrics.json"), "[]");
        Files.createDirectories(runs.resolve("exported-figures"));
        Files.writeString(runs.resolve("notes.txt"), "not a run");

        List<RunSummary> listed = RunIndex.withDefaultSummary().list(runs);

        assertThat(listed).extracting(RunSummary::name)
                .containsExactly("2024-05-01-a", "2024-05-02-killed", "2024-05-03-damaged");
        RunSummary done = listed.get(0);
        assertThat(done.state()).isEqualTo(RunState.DONE);
        assertThat(done.wa()).isEqualTo(0.5);
        assertThat(done.ua()).isEqualTo(0.5);
        assertThat(done.startTime()).isEqualTo(TestRuns.START);
        assertThat(done.endTime()).isNotNull();
        assertThat(done.configSummary()).isEqualTo("preset=paper, epochs=30, learningRate=1.0E-4");
        assertThat(done.isDamaged()).isFalse();

        RunSummary killed = listed.get(1);
        assertThat(killed.state()).isEqualTo(RunState.KILLED);
        assertThat(killed.wa()).isNull();
        assertThat(killed.isDamaged()).isFalse();

        RunSummary damaged = listed.get(2);
        assertThat(damaged.isDamaged()).isTrue();
        assertThat(damaged.state()).isNull();
        assertThat(damaged.startTime()).isEqualTo(TestRuns.START);
        assertThat(damaged.problems()).hasSize(2);
        assertThat(damaged.problems().get(0)).contains("state.json", "is not valid JSON");
        assertThat(damaged.problems().get(1)).contains("metrics.json", "is not a JSON object");
    }

    @Test
    void usesTheGivenConfigSummaryAndToleratesOneThatThrowsOrAConfigurationThatIsNone() throws IOException {
        TestRuns.create(runs.resolve("a")).close();
        TestRuns.create(runs.resolve("b")).close();
        TestRuns.create(runs.resolve("c")).close();
        Files.writeString(runs.resolve("b/config.json"), "{\"formatVersion\": 1, \"config\": {\"epochs\": 7}}");
        Files.writeString(runs.resolve("c/config.json"), "{\"formatVersion\": 1, \"config\": {\"preset\": 3}}");

        List<RunSummary> listed = new RunIndex((RunConfig config) -> {
            if (config.training().epochs() == 7) {
                throw new IllegalArgumentException("seven epochs are not summarised");
            }
            return config.training().preset().label() + " preset";
        }).list(runs);

        assertThat(listed.get(0).configSummary()).isEqualTo("paper preset");
        assertThat(listed.get(1).configSummary()).isNull();
        assertThat(listed.get(1).problems())
                .containsExactly(runs.resolve("b/config.json") + ": cannot be summarised: seven epochs are not summarised");
        assertThat(listed.get(2).configSummary()).isNull();
        assertThat(listed.get(2).problems()).singleElement().asString()
                .startsWith(runs.resolve("c/config.json") + ": ").contains("preset");
    }

    @Test
    void aMissingRunsFolderHasNoRuns() throws IOException {
        assertThat(RunIndex.withDefaultSummary().list(runs.resolve("absent"))).isEmpty();
    }
}
