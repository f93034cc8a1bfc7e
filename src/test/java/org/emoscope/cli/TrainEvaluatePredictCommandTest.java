package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI round: train a tiny model on the sample corpus, evaluate the run, predict with its model. */
class TrainEvaluatePredictCommandTest {
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
    void trainedRunCanBeEvaluatedAndItsModelPredicts() throws Exception {
        Path config = dir.resolve("tiny.json");
        TrainingConfigJson.write(TrainingConfig.multitask(Path.of("sample-audio/emodb")).toBuilder()
                .architecture(new ModelArchitecture(128, 64, List.of(8, 8, 8), List.of(3, 1, 3), 8, 4, 2, 2, 8, 0.35))
                .maxFrames(TrainingConfig.AUTO_FRAMES).epochs(1).batchSize(32).build(), config);
        Path runFolder = dir.resolve("run");

        int trained = run(new TrainCommand(), "--config", config.toString(), "--held-out", "emodb:08",
                "--out", runFolder.toString(), "--cache", dir.resolve("cache").toString());

        assertThat(trained).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Pooled over 1 folds (28 test clips)").contains("Model selection: last_epoch");

        int frames = resolvedFrames(runFolder);
        out.getBuffer().setLength(0);
        assertThat(run(new EvaluateCommand(), runFolder.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("DONE").contains("Pooled (28 clips)").contains("emodb:08")
                .contains("model selection: last_epoch").contains("frames auto (longest clip, at most 256): " + frames + " ·");

        assertThat(out.toString()).doesNotContain("could not be used");

        // Clips the run could not use are listed, never dropped silently.
        Files.writeString(runFolder.resolve("unused-clips.csv"),
                "corpus_root,relative_path,reason\r\n/data/emodb/wav,08b09Fd.wav,not a RIFF/WAVE file\r\n");
        out.getBuffer().setLength(0);
        assertThat(run(new EvaluateCommand(), runFolder.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 clip could not be used (listed in "
                + runFolder.toAbsolutePath().resolve("unused-clips.csv") + "):"
                + System.lineSeparator() + "  /data/emodb/wav/08b09Fd.wav: not a RIFF/WAVE file");
        Files.delete(runFolder.resolve("unused-clips.csv"));

        // A run killed before it wrote metrics.json still reports the policy from its configuration.
        Files.delete(runFolder.resolve("metrics.json"));
        out.getBuffer().setLength(0);
        assertThat(run(new EvaluateCommand(), runFolder.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("model selection: last_epoch");

        out.getBuffer().setLength(0);
        assertThat(run(new PredictCommand(), runFolder.resolve("models/fold-emodb_08.zip").toString(),
                "sample-audio/emodb/wav/08a01Aa.wav", "--json", "--speaker", "emodb:08")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"probabilities\"").contains("\"attentionPeaks\"");
        assertThat(err.toString()).as("the model knows speaker 08's statistics").doesNotContain("Note:");
        JsonNode alpha = new ObjectMapper().readTree(out.toString()).get(0).get("alpha");
        assertThat(alpha).as("one step per receptive field of 5 frames").hasSize(frames - 4);
        double sum = 0;
        for (JsonNode step : alpha) {
            sum += step.get("alpha").asDouble();
            assertThat(step.get("end").asDouble()).isGreaterThanOrEqualTo(step.get("start").asDouble());
            if (step.get("padding").asBoolean()) {
                assertThat(step.get("alpha").asDouble()).as("masked padding gets no attention").isZero();
            }
        }
        assertThat(sum).isCloseTo(1.0, within(1e-4));
        assertThat(alpha.get(0).get("padding").asBoolean()).isFalse();

        // A missing file is reported by name; the others are still predicted.
        out.getBuffer().setLength(0);
        assertThat(run(new PredictCommand(), runFolder.resolve("models/fold-emodb_08.zip").toString(),
                "sample-audio/emodb/wav/missing.wav", "sample-audio/emodb/wav/08a01Fa.wav")).isEqualTo(1);
        assertThat(err.toString()).contains("missing.wav")
                .contains("Note: fold-emodb_08.zip was trained with per-speaker statistics; no --speaker given");
        assertThat(out.toString()).contains("08a01Fa.wav:");
    }

    /** What {@code frames: auto} resolved to, as recorded in the run's metrics.json: the longest sample clip. */
    private static int resolvedFrames(Path runFolder) throws Exception {
        int frames = new ObjectMapper().readTree(runFolder.resolve("metrics.json").toFile()).get("inputFrames").asInt();
        assertThat(frames).isBetween(64, 256);
        return frames;
    }

    @Test
    void invalidConfigurationListsEveryProblemAndTrainsNothing() {
        int exit = run(new TrainCommand(), "--target", "sample-audio/emodb", "--epochs", "0", "--batch", "0",
                "--gamma", "-1", "--out", dir.resolve("run").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid configuration").containsPattern("(?s)epochs.*batch.*|(?s)batch.*epochs.*");
        assertThat(err.toString().lines().filter(line -> line.startsWith("  - ")).count()).isGreaterThanOrEqualTo(3);
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @Test
    void anUnknownHeldOutSpeakerOrAMissingCorpusIsRefusedBeforeAnyRunFolderExists() {
        int exit = run(new TrainCommand(), "--target", "sample-audio/emodb", "--held-out", "emodb:99",
                "--add", dir.resolve("no-such-corpus").toString(), "--out", dir.resolve("run").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid configuration").contains("no-such-corpus: does not exist")
                .doesNotContain("\tat ");
        assertThat(dir.resolve("run")).doesNotExist();

        err.getBuffer().setLength(0);
        assertThat(run(new TrainCommand(), "--target", "sample-audio/emodb", "--held-out", "emodb:99",
                "--out", dir.resolve("run").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("held-out speaker emodb:99 is not a speaker of the target corpus");
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @Test
    void anOrdinaryFailureIsOneLineNamingTheFileAndTheTraceComesOnlyWithVerbose() {
        CommandLine line = EmoscopeCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        Path missing = dir.resolve("nope.zip");

        assertThat(line.execute("predict", missing.toString(), "sample-audio/emodb/wav/03a01Fa.wav")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("emoscope predict: " + missing + ": no such model file");

        err.getBuffer().setLength(0);
        assertThat(line.execute("predict", "--verbose", missing.toString(), "sample-audio/emodb/wav/03a01Fa.wav"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("ModelFileException").contains("\tat ");
    }

    @Test
    void everyTrainingFlagIsDescribedAndDropoutIsOneOfThem() {
        assertThat(run(new TrainCommand(), "--target", "sample-audio/emodb", "--dropout", "1.5",
                "--out", dir.resolve("run").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("dropout must be in [0, 1), got 1.5");

        CommandLine help = new CommandLine(new TrainCommand());
        String usage = help.getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (String flag : List.of("--epochs", "--batch", "--seed", "--dropout", "--lr")) {
            String line = usage.lines().filter(l -> l.strip().startsWith(flag + "=")).findFirst().orElseThrow();
            assertThat(line.strip().split("\\s+", 2)).as(flag + " has a description").hasSize(2);
        }
    }

    @Test
    void evaluatingAFolderThatIsNoRunFailsWithItsName() {
        assertThat(run(new EvaluateCommand(), dir.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(dir.toString()).contains("not a run folder");
    }
}
