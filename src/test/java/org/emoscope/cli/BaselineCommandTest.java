package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.BaselineRecord;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.PredictionTable;
import org.emoscope.experiment.RunIndex;
import org.emoscope.experiment.RunState;
import org.emoscope.experiment.RunSummary;
import org.emoscope.training.Fold;
import org.emoscope.training.FoldPlan;
import org.emoscope.training.Normalisation;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.baseline.BaselineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The baseline end to end on the sample corpus: a run folder that evaluate, the run index and resume read. */
class BaselineCommandTest {
    private static final Path SAMPLE = Path.of("sample-audio/emodb");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void baselineRunOnTheSampleCorpusReadsLikeATrainedRun() throws Exception {
        Path runFolder = dir.resolve("baseline");

        int exit = run(new BaselineCommand(), "--target", SAMPLE.toString(), "--normalisation", "training-fold",
                "--lambda", "10,1000", "--out", runFolder.toString(), "--cache", dir.resolve("cache").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Model: " + BaselineSettings.MODEL)
                .contains("Pooled over 4 folds (112 test clips)");
        assertThat(err.toString()).contains("fold 4/4 emodb:10");

        // config.json: the fold-deciding fields of the same configuration, the model, no network settings.
        JsonNode config = new ObjectMapper().readTree(runFolder.resolve("config.json").toFile()).get("config");
        assertThat(config.get("model").asText()).isEqualTo(BaselineSettings.MODEL);
        assertThat(config.get("normalisation").asText()).isEqualTo("training-fold");
        assertThat(config.get("baseline").get("lambdas")).hasSize(2);
        assertThat(config.has("epochs")).isFalse();
        assertThat(config.has("preset")).isFalse();
        assertThat(runFolder.resolve("models")).doesNotExist();

        // The folds are those train would plan from the same flags: same ids, same test clips.
        TrainingConfig same = TrainingConfig.defaults(SAMPLE.toAbsolutePath().normalize()).toBuilder()
                .normalisation(Normalisation.TRAINING_FOLD).build();
        FoldPlan plan = FoldPlan.of(same, new CorpusReader().read(same.targetCorpus()), List.of());
        try (ExperimentFolder folder = ExperimentFolder.open(runFolder)) {
            assertThat(folder.readStatus().state()).isEqualTo(RunState.DONE);
            PredictionTable table = folder.readPredictions().orElseThrow();
            Map<String, Set<String>> tested = table.predictions().stream().collect(Collectors.groupingBy(
                    Prediction::foldId, Collectors.mapping(Prediction::clipId, Collectors.toSet())));
            assertThat(tested).hasSize(plan.folds().size());
            for (Fold fold : plan.folds()) {
                assertThat(tested.get(fold.id()))
                        .isEqualTo(new HashSet<>(fold.testClips().stream().map(Clip::relativePath).toList()));
            }
            for (Prediction p : table.predictions()) {
                assertThat(Arrays.stream(p.probabilities()).sum()).isCloseTo(1.0, within(1e-6));
            }
            assertThat(folder.readMetrics().orElseThrow().selectionPolicy()).contains("λ");
        }

        // baseline.json: each fold chose λ among the candidates, on a speaker that is not its test speaker.
        BaselineRecord record = BaselineRecord.read(runFolder).orElseThrow();
        assertThat(record.library()).startsWith("Smile 3.");
        assertThat(record.featureCount()).isEqualTo(128 * record.functionals().size());
        assertThat(record.folds()).hasSize(4).allSatisfy(fold -> {
            assertThat(fold.lambda()).isIn(10.0, 1000.0);
            assertThat(fold.validationUa()).hasSize(2);
            assertThat(fold.selectedOn()).isNotEmpty().doesNotContain(fold.fold());
        });

        // evaluate reads it as any run and names the model.
        out.getBuffer().setLength(0);
        assertThat(run(new EvaluateCommand(), runFolder.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Model: " + BaselineSettings.MODEL).contains("DONE")
                .contains("Pooled (112 clips)").contains("emodb:03");

        // The run index lists it without problems.
        RunSummary summary = RunIndex.withDefaultSummary().summarise(runFolder);
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.ua()).isNotNull();
        assertThat(summary.configSummary()).contains("model=" + BaselineSettings.MODEL);

        // Nothing to resume.
        err.getBuffer().setLength(0);
        assertThat(run(new ResumeCommand(), runFolder.toString())).isNotZero();
        assertThat(err.toString()).contains("baseline run");
        assertThat(Files.readString(runFolder.resolve("state.json"))).contains("DONE");
    }

    @Test
    void invalidSettingsAreListedAndNothingIsWritten() {
        int exit = run(new BaselineCommand(), "--target", SAMPLE.toString(), "--lambda", "-1",
                "--out", dir.resolve("run").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("λ must be a finite number ≥ 0");
        assertThat(dir.resolve("run")).doesNotExist();
    }
}
