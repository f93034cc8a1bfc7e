package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Speaker;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.features.MelNorm;
import org.emoscope.model.ModelArchitecture;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {
    private static final Path SAVEE = Path.of("/data/savee");
    private static final Path EMODB = Path.of("/data/emodb");

    @Test
    void defaultsAreTheMeasuredRecipeOnThePapersNetwork() {
        TrainingConfig config = TrainingConfig.defaults(SAVEE);

        assertThat(config.validate()).isEmpty();
        assertThat(config.recipe()).isEqualTo(Recipe.DEFAULT);
        assertThat(config.preset()).isEqualTo(ArchitecturePreset.PAPER);
        assertThat(config.maxFrames()).isEqualTo(TrainingConfig.AUTO_FRAMES);
        assertThat(config.maskPadding()).isTrue();
        assertThat(config.normalisation()).isEqualTo(Normalisation.PER_SPEAKER);
        assertThat(config.learningRateSchedule()).isEqualTo(LearningRateSchedule.WARMUP_COSINE);
        assertThat(config.gradientClipNorm()).isPositive();
        assertThat(config.modelSelection()).isEqualTo(ModelSelection.LAST_EPOCH);
    }

    @Test
    void paperRecipeIsFuEtAlExactly() {
        TrainingConfig config = TrainingConfig.defaults(SAVEE).toBuilder().recipe(Recipe.PAPER).build();

        assertThat(config.validate()).isEmpty();
        assertThat(config.targetCorpus()).isEqualTo(SAVEE);
        assertThat(config.leaveOneSpeakerOut()).isTrue();
        assertThat(config.preset()).isEqualTo(ArchitecturePreset.PAPER);
        assertThat(config.architecture()).isEqualTo(ModelArchitecture.paper());
        assertThat(config.dropout()).isEqualTo(0.35);
        assertThat(config.epochs()).isEqualTo(300);
        assertThat(config.batchSize()).isEqualTo(64);
        assertThat(config.optimiser()).isEqualTo("rmsprop");
        assertThat(config.learningRate()).isEqualTo(0.001);
        assertThat(config.maxFrames()).isEqualTo(256);
        assertThat(config.padValue()).isEqualTo(-1f);
        assertThat(config.modelSelection()).isEqualTo(ModelSelection.VALIDATION);
        assertThat(config.validationSpeakers()).isEqualTo(1);
        assertThat(config.earlyStoppingPatience()).isZero();
        assertThat(config.features()).isEqualTo(MelSpectrogramConfig.paper());
        assertThat(config.maskPadding()).isFalse();
        assertThat(config.normalisation()).isEqualTo(Normalisation.TRAINING_FOLD);
        assertThat(config.learningRateSchedule()).isEqualTo(LearningRateSchedule.CONSTANT);
        assertThat(config.gradientClipNorm()).isZero();
    }

    @Test
    void paperConfigurationsSetLossWeightsAndAddedCorpora() {
        TrainingConfig single = TrainingConfig.singleTask(SAVEE);
        TrainingConfig multi = TrainingConfig.multitask(SAVEE);
        TrainingConfig cross = TrainingConfig.crossLanguage(SAVEE, EMODB);
        TrainingConfig multiCross = TrainingConfig.multitaskCrossLanguage(SAVEE, EMODB);

        assertThat(List.of(single.gamma(), single.theta())).containsExactly(1.0, 0.0);
        assertThat(List.of(multi.gamma(), multi.theta())).containsExactly(1.0, 1.0);
        assertThat(List.of(cross.gamma(), cross.theta())).containsExactly(1.0, 0.0);
        assertThat(List.of(multiCross.gamma(), multiCross.theta())).containsExactly(1.0, 1.0);
        assertThat(single.addedCorpora()).isEmpty();
        assertThat(multi.addedCorpora()).isEmpty();
        assertThat(cross.addedCorpora()).containsExactly(new AddedCorpus(EMODB, 1.0));
        assertThat(multiCross.addedCorpora()).containsExactly(new AddedCorpus(EMODB, 1.0));
        assertThat(List.of(single, multi, cross, multiCross)).allSatisfy(c -> assertThat(c.validate()).isEmpty());
    }

    @Test
    void validateListsEveryProblemAtOnce() {
        TrainingConfig bad = TrainingConfig.defaults(null).toBuilder().modelSelection(ModelSelection.VALIDATION)
                .heldOutSpeakers(List.of("DC", "savee:JE", "savee:JE"))
                .addedCorpora(List.of(new AddedCorpus(EMODB, 1.5)))
                .lossWeights(0, 0)
                .maxFrames(200)
                .architecture(ModelArchitecture.paper()) // 256 frames: no longer the 200 asked for
                .epochs(0)
                .batchSize(-1)
                .optimiser("adam")
                .learningRate(0)
                .validationSpeakers(0)
                .earlyStoppingPatience(-2)
                .build();

        assertThat(bad.validate()).hasSize(12)
                .anySatisfy(p -> assertThat(p).contains("targetCorpus is missing"))
                .anySatisfy(p -> assertThat(p).contains("invalid speaker key 'DC'"))
                .anySatisfy(p -> assertThat(p).contains("lists 'savee:JE' twice"))
                .anySatisfy(p -> assertThat(p).contains("addedCorpora[0].fraction must be between 0 and 1, got 1.5"))
                .anySatisfy(p -> assertThat(p).contains("gamma and theta are both 0"))
                .anySatisfy(p -> assertThat(p).contains("architecture.frames (256) must equal maxFrames (200)"))
                .anySatisfy(p -> assertThat(p).contains("epochs must be positive"))
                .anySatisfy(p -> assertThat(p).contains("batchSize must be positive"))
                .anySatisfy(p -> assertThat(p).contains("optimiser must be 'rmsprop', got 'adam'"))
                .anySatisfy(p -> assertThat(p).contains("learningRate"))
                .anySatisfy(p -> assertThat(p).contains("validationSpeakers must be at least 1"))
                .anySatisfy(p -> assertThat(p).contains("earlyStoppingPatience"));
    }

    @Test
    void rejectsNegativeOrInfiniteLossWeights() {
        TrainingConfig config = TrainingConfig.defaults(SAVEE).toBuilder()
                .lossWeights(-1, Double.POSITIVE_INFINITY).build();

        assertThat(config.validate()).containsExactlyInAnyOrder(
                "gamma must be a finite number >= 0, got -1.0",
                "theta must be a finite number >= 0, got Infinity");
    }

    @Test
    void reportsArchitectureProblemsAndDisagreementWithFeatures() {
        ModelArchitecture odd = new ModelArchitecture(64, 256, List.of(8, 8, 8), List.of(3, 1, 3),
                16, 8, 1, 3, 16, 1.5);
        MelSpectrogramConfig mels = new MelSpectrogramConfig(16_000, 800, 400, 128, 0, Double.NaN, false,
                MelNorm.SLANEY, 1, 1e-10, 80);
        TrainingConfig config = TrainingConfig.defaults(SAVEE).toBuilder().architecture(odd).features(mels).build();

        assertThat(config.preset()).isEqualTo(ArchitecturePreset.CUSTOM);
        assertThat(config.validate()).containsExactlyInAnyOrder(
                "architecture: attentionDim (16) must be divisible by heads (3)",
                "architecture.dropout must be in [0, 1), got 1.5",
                "architecture.nMels (64) must equal features.nMels (128)");
    }

    @Test
    void reportsSizesThatDifferFromTheNamedPreset() {
        TrainingConfig config = new TrainingConfig(TrainingConfig.FORMAT_VERSION, SAVEE, List.of(), List.of(), false,
                1, 1, ArchitecturePreset.PAPER, ModelArchitecture.compact(), MelSpectrogramConfig.paper(), 256, -1f,
                300, 64, "rmsprop", 0.001, 42, ModelSelection.VALIDATION, 1, 0, Recipe.PAPER,
                Normalisation.TRAINING_FOLD, false, LearningRateSchedule.CONSTANT, 0, 0);

        assertThat(config.validate()).containsExactly(
                "architecture differs from the 'paper' preset's sizes; choose preset 'custom' to use other sizes");
    }

    @Test
    void dropoutLivesInTheArchitectureAndDoesNotBreakThePreset() {
        TrainingConfig config = TrainingConfig.defaults(SAVEE).toBuilder()
                .dropout(0.5).preset(ArchitecturePreset.COMPACT).build();

        assertThat(config.dropout()).isEqualTo(0.5);
        assertThat(config.architecture().dropout()).isEqualTo(0.5);
        assertThat(config.architecture().convFilters()).isEqualTo(ModelArchitecture.compact().convFilters());
        assertThat(config.preset()).isEqualTo(ArchitecturePreset.COMPACT);
        assertThat(config.validate()).isEmpty();
    }

    @Test
    void testOracleNeedsNoValidationSpeaker() {
        TrainingConfig config = TrainingConfig.defaults(SAVEE).toBuilder()
                .modelSelection(ModelSelection.TEST_ORACLE).validationSpeakers(0).build();

        assertThat(config.validate()).isEmpty();
    }

    @Test
    void refusesToAddTheTargetCorpusOrTheSameFolderTwice() {
        TrainingConfig config = TrainingConfig.defaults(SAVEE).toBuilder()
                .addedCorpora(List.of(AddedCorpus.whole(Path.of("/data/../data/savee")),
                        AddedCorpus.whole(EMODB), new AddedCorpus(EMODB, 0.5)))
                .build();

        assertThat(config.validate()).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("addedCorpora[0] is the target corpus"))
                .anySatisfy(p -> assertThat(p).startsWith("addedCorpora[2] adds /data/emodb a second time"));
    }

    @Test
    void parsesHeldOutSpeakerKeys() {
        TrainingConfig config = TrainingConfig.defaults(SAVEE).toBuilder()
                .heldOutSpeakers(List.of("savee:DC", "savee:KL")).build();

        assertThat(config.leaveOneSpeakerOut()).isFalse();
        assertThat(config.heldOut()).containsExactly(new Speaker(CorpusKind.SAVEE, "DC"),
                new Speaker(CorpusKind.SAVEE, "KL"));
    }

    @Test
    void rejectsAMissingPresetOrArchitecture() {
        assertThatThrownBy(() -> new TrainingConfig(TrainingConfig.FORMAT_VERSION, SAVEE, List.of(), List.of(), false,
                1, 1, null, ModelArchitecture.paper(), MelSpectrogramConfig.paper(), 256, -1f, 300, 64, "rmsprop",
                0.001, 42, ModelSelection.VALIDATION, 1, 0, Recipe.PAPER, Normalisation.TRAINING_FOLD, false,
                LearningRateSchedule.CONSTANT, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("preset");
    }
}
