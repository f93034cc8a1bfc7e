package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.features.MelNorm;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.model.ModelArchitecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingConfigJsonTest {
    private static final Path SAVEE = Path.of("/data/savee corpus");
    private static final Path EMODB = Path.of("/data/emodb");

    /** A configuration where every field differs from its default. */
    private static TrainingConfig everyFieldChanged() {
        return TrainingConfig.defaults(SAVEE).toBuilder()
                .heldOutSpeakers(List.of("savee:DC", "savee:JK"))
                .addedCorpora(List.of(new AddedCorpus(EMODB, 0.25)))
                .balanceLanguages(true)
                .lossWeights(0.8, 0.3)
                .architecture(new ModelArchitecture(64, 128, List.of(16, 32, 64), List.of(5, 1, 3),
                        32, 16, 1, 2, 32, 0.2))
                .features(new MelSpectrogramConfig(16_000, 512, 256, 64, 20, 7600, true, MelNorm.NONE, 1, 1e-10, 60))
                .maxFrames(128)
                .padValue(0f)
                .epochs(12)
                .batchSize(8)
                .learningRate(1e-4)
                .seed(-7)
                .modelSelection(ModelSelection.TEST_ORACLE)
                .validationSpeakers(2)
                .earlyStoppingPatience(5)
                .build();
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        TrainingConfig config = everyFieldChanged();

        TrainingConfig read = TrainingConfigJson.fromJson(TrainingConfigJson.toJson(config), "test");

        assertThat(read).isEqualTo(config);
        assertThat(read.validate()).isEmpty();
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("training.json");
        TrainingConfig config = TrainingConfig.multitaskCrossLanguage(SAVEE, EMODB);

        TrainingConfigJson.write(config, file);

        assertThat(TrainingConfigJson.read(file)).isEqualTo(config);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void writesPathsAndNamesAsPlainText() throws Exception {
        String json = TrainingConfigJson.toJson(TrainingConfig.crossLanguage(SAVEE, EMODB).toBuilder()
                .modelSelection(ModelSelection.TEST_ORACLE).build());

        assertThat(json).contains("\"formatVersion\" : 2", "\"targetCorpus\" : \"/data/savee corpus\"",
                "\"folder\" : \"/data/emodb\"", "\"preset\" : \"paper\"", "\"modelSelection\" : \"test_oracle\"")
                .doesNotContain("file:");
        assertThat(new ObjectMapper().readTree(json).fieldNames()).toIterable().containsExactly(
                "formatVersion", "targetCorpus", "heldOutSpeakers", "addedCorpora", "balanceLanguages", "gamma",
                "theta", "preset", "architecture", "features", "maxFrames", "padValue", "epochs", "batchSize",
                "optimiser", "learningRate", "seed", "modelSelection", "validationSpeakers", "earlyStoppingPatience",
                "recipe", "normalisation", "maskPadding", "learningRateSchedule", "warmupEpochs", "gradientClipNorm");
    }

    @Test
    void fillsMissingFieldsWithDefaults() throws Exception {
        String partial = """
                {"targetCorpus": "/data/savee corpus", "epochs": 10, "addedCorpora": [{"folder": "/data/emodb"}]}
                """;

        TrainingConfig read = TrainingConfigJson.fromJson(partial, "partial.json");

        TrainingConfig expected = TrainingConfig.defaults(SAVEE).toBuilder().epochs(10)
                .addedCorpora(List.of(AddedCorpus.whole(EMODB))).build();
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void completesAPartialArchitectureFromThePreset() throws Exception {
        String json = """
                {"targetCorpus": "/data/savee", "preset": "compact", "architecture": {"dropout": 0.5}}
                """;

        TrainingConfig read = TrainingConfigJson.fromJson(json, "compact.json");

        assertThat(read.architecture()).isEqualTo(ArchitecturePreset.withDropout(ModelArchitecture.compact(), 0.5));
        assertThat(read.validate()).isEmpty();
    }

    @Test
    void ignoresUnknownFields() throws Exception {
        String json = """
                {"targetCorpus": "/data/savee", "mixedPrecision": true, "seed": 3,
                 "architecture": {"residual": "yes"}, "features": {"window": "hann"},
                 "addedCorpora": [{"folder": "/data/emodb", "fraction": 0.5, "weight": 2}]}
                """;

        TrainingConfig read = TrainingConfigJson.fromJson(json, "extra.json");

        assertThat(read).isEqualTo(TrainingConfig.defaults(Path.of("/data/savee")).toBuilder().seed(3)
                .addedCorpora(List.of(new AddedCorpus(EMODB, 0.5))).build());
    }

    @Test
    void aMissingTargetIsLeftForValidateToReport() throws Exception {
        TrainingConfig read = TrainingConfigJson.fromJson("{}", "empty.json");

        assertThat(read.targetCorpus()).isNull();
        assertThat(read.validate()).containsExactly("targetCorpus is missing: give the folder of the corpus to test on");
    }

    @Test
    void refusesANewerFormatVersionNamingTheFile() {
        assertThatThrownBy(() -> TrainingConfigJson.fromJson("{\"formatVersion\": 3}", "run/training.json"))
                .isInstanceOf(TrainingFormatException.class)
                .hasMessage("run/training.json: format version 3 was written by a newer Emoscope;"
                        + " this one reads up to 2");
    }

    @Test
    void aFormatOneFileReadsAsThePaperRecipeItWasTrainedWith() throws Exception {
        TrainingConfig read = TrainingConfigJson.fromJson("{\"formatVersion\": 1, \"epochs\": 12}", "old/config.json");

        assertThat(read.recipe()).isEqualTo(Recipe.PAPER);
        assertThat(read.normalisation()).isEqualTo(Normalisation.TRAINING_FOLD);
        assertThat(read.maskPadding()).isFalse();
        assertThat(read.learningRateSchedule()).isEqualTo(LearningRateSchedule.CONSTANT);
        assertThat(read.gradientClipNorm()).isZero();
        assertThat(read.maxFrames()).isEqualTo(256);
        assertThat(read.modelSelection()).isEqualTo(ModelSelection.VALIDATION);
        assertThat(read.epochs()).isEqualTo(12);
    }

    @Test
    void aNamedRecipeFillsTheFieldsTheFileLeavesOut() throws Exception {
        TrainingConfig paper = TrainingConfigJson.fromJson("{\"recipe\": \"paper\", \"batchSize\": 16}", "cfg.json");
        TrainingConfig unnamed = TrainingConfigJson.fromJson("{\"maxFrames\": 96}", "cfg.json");

        assertThat(paper.epochs()).isEqualTo(300);
        assertThat(paper.batchSize()).isEqualTo(16);
        assertThat(paper.normalisation()).isEqualTo(Normalisation.TRAINING_FOLD);
        assertThat(unnamed.recipe()).isEqualTo(Recipe.DEFAULT);
        assertThat(unnamed.normalisation()).isEqualTo(Normalisation.PER_SPEAKER);
        assertThat(unnamed.architecture().frames()).as("a fixed frame count is the network's input").isEqualTo(96);
        assertThat(unnamed.validate()).containsExactly("targetCorpus is missing: give the folder of the corpus to test on");
    }

    @Test
    void rejectsAnUnknownPresetNamingFileAndValue() {
        assertThatThrownBy(() -> TrainingConfigJson.fromJson("{\"preset\": \"huge\"}", "run/training.json"))
                .isInstanceOf(TrainingFormatException.class)
                .hasMessageStartingWith("run/training.json: unknown architecture preset 'huge'");
    }

    @Test
    void rejectsAnUnknownModelSelectionNamingTheFile() {
        assertThatThrownBy(() -> TrainingConfigJson.fromJson("{\"modelSelection\": \"best\"}", "t.json"))
                .isInstanceOf(TrainingFormatException.class)
                .hasMessageStartingWith("t.json: ")
                .hasMessageContaining("unknown model selection 'best'");
    }

    @Test
    void rejectsTextThatIsNotAJsonObject(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"epochs\": ");

        assertThatThrownBy(() -> TrainingConfigJson.read(file))
                .isInstanceOf(TrainingFormatException.class)
                .hasMessageStartingWith(file + ": not valid JSON");
        assertThatThrownBy(() -> TrainingConfigJson.fromJson("[1, 2]", "list.json"))
                .hasMessage("list.json: a training configuration must be a JSON object");
    }
}
