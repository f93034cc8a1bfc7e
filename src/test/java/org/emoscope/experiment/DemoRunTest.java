package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoRunTest {
    private static final Path BUNDLED = Path.of(BundledSamples.FOLDER_NAME, BundledSamples.DEMO_RUN_FOLDER);

    @TempDir
    Path runs;

    @Test
    void theBundledDemoRunIsADoneRunWithPredictionsMetricsAndItsModel() throws Exception {
        try (ExperimentFolder run = ExperimentFolder.open(BUNDLED)) {
            assertThat(run.readStatus().state()).isEqualTo(RunState.DONE);
            assertThat(run.readPredictions()).hasValueSatisfying(table -> assertThat(table.predictions()).isNotEmpty());
            assertThat(run.readMetrics()).isPresent();
            assertThat(run.foldsWithModels()).containsExactly("emodb:03");
        }
    }

    @Test
    void installsACompleteCopyIntoTheRunsFolderOnce() throws Exception {
        Path installed = DemoRun.installInto(runs, BUNDLED).orElseThrow();

        assertThat(installed).isEqualTo(runs.resolve(DemoRun.NAME));
        assertThat(RunResults.read(installed).predictions()).isPresent();
        assertThat(installed.resolve("models/fold-emodb_03.zip")).hasSameBinaryContentAs(
                BUNDLED.resolve("models/fold-emodb_03.zip"));
        try (Stream<Path> leftovers = Files.list(runs)) {
            assertThat(leftovers).containsExactly(installed);
        }
    }

    @Test
    void aDemoRunAlreadyInstalledIsLeftAsItIs() throws Exception {
        Path installed = DemoRun.installInto(runs, BUNDLED).orElseThrow();
        Path audit = installed.resolve("audit.csv");
        Files.writeString(audit, "an annotator's verdicts");

        DemoRun.installInto(runs, BUNDLED);

        assertThat(audit).hasContent("an annotator's verdicts");
    }

    @Test
    void aFolderThatIsNotARunInstallsNothing() throws Exception {
        assertThat(DemoRun.installInto(runs, Path.of(BundledSamples.FOLDER_NAME, "emodb"))).isEmpty();
        try (Stream<Path> entries = Files.list(runs)) {
            assertThat(entries).isEmpty();
        }
    }

    @Test
    void theInstalledDemoRunAnnotatesTheSampleCorpusWhereverEmoscopeIsInstalled() throws Exception {
        Path elsewhere = runs.resolve("opt/emoscope/sample-audio");
        Folders.copyTree(Path.of(BundledSamples.FOLDER_NAME, "emodb"), elsewhere.resolve("emodb"));
        Folders.copyTree(BUNDLED, elsewhere.resolve(BundledSamples.DEMO_RUN_FOLDER));

        Path installed = DemoRun.installInto(runs.resolve("runs"), elsewhere.resolve(BundledSamples.DEMO_RUN_FOLDER))
                .orElseThrow();

        Clip moved = new CorpusReader().read(elsewhere.resolve("emodb")).clips().stream()
                .filter(clip -> clip.relativePath().equals("03a01Fa.wav")).findFirst().orElseThrow();
        Clip original = new CorpusReader().read(Path.of(BundledSamples.FOLDER_NAME, "emodb")).clips().stream()
                .filter(clip -> clip.relativePath().equals("03a01Fa.wav")).findFirst().orElseThrow();
        RunResults run = RunResults.read(installed);
        assertThat(run.predictionFor(moved)).isPresent();
        assertThat(run.covers(original)).as("the copy the demo run was not pointed at").isFalse();
    }

}
