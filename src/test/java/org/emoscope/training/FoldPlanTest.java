package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emoscope.training.FakeCorpora.savee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.corpus.Speaker;
import org.junit.jupiter.api.Test;

class FoldPlanTest {
    private static final Path SAVEE_DIR = Path.of("/data/savee");
    private static final Path EMODB_DIR = Path.of("/data/emodb");
    private static final Corpus SAVEE = FakeCorpora.savee();
    private static final Corpus EMODB = FakeCorpora.emodb();

    /** These tests are about validation speakers: select on validation (the paper recipe's choice). */
    private static TrainingConfig validated(TrainingConfig config) {
        return config.toBuilder().modelSelection(ModelSelection.VALIDATION).build();
    }

    private static FoldPlan plan(TrainingConfig config) throws FoldPlanException {
        return FoldPlan.of(config, SAVEE, config.addedCorpora().isEmpty() ? List.of() : List.of(EMODB));
    }

    private static TrainingConfig crossLanguage(double fraction) {
        return validated(TrainingConfig.multitask(SAVEE_DIR)).toBuilder()
                .addedCorpora(List.of(new AddedCorpus(EMODB_DIR, fraction))).build();
    }

    private static List<TrainingConfig> variedConfigs() {
        TrainingConfig cross = crossLanguage(1.0);
        return List.of(validated(TrainingConfig.singleTask(SAVEE_DIR)), cross,
                cross.toBuilder().modelSelection(ModelSelection.TEST_ORACLE).build(),
                cross.toBuilder().modelSelection(ModelSelection.LAST_EPOCH).build(),
                cross.toBuilder().balanceLanguages(true).build(),
                cross.toBuilder().heldOutSpeakers(List.of("savee:JE", "savee:KL")).build());
    }

    private static Set<Speaker> speakers(List<Clip> clips) {
        return clips.stream().map(Clip::speaker).collect(Collectors.toSet());
    }

    @Test
    void leaveOneSpeakerOutMakesOneFoldPerTargetSpeakerInOrder() throws Exception {
        FoldPlan plan = plan(validated(TrainingConfig.singleTask(SAVEE_DIR)));

        assertThat(plan.folds()).extracting(Fold::id).containsExactly("savee:DC", "savee:JE", "savee:JK", "savee:KL");
        assertThat(plan.folds()).extracting(Fold::index).containsExactly(0, 1, 2, 3);
        assertThat(plan.folds()).allSatisfy(fold -> assertThat(fold.testClips()).hasSize(21));
    }

    @Test
    void aHeldOutSpeakerIsNeverTrainedValidatedOrUsedForNormalisation() throws Exception {
        for (TrainingConfig config : variedConfigs()) {
            for (Fold fold : plan(config).folds()) {
                assertThat(speakers(fold.trainingClips())).doesNotContainAnyElementsOf(fold.testSpeakers());
                assertThat(speakers(fold.normalisationClips())).doesNotContainAnyElementsOf(fold.testSpeakers());
                assertThat(fold.normalisationClips()).isEqualTo(fold.trainingClips());
                if (!fold.validationIsTest()) {
                    assertThat(speakers(fold.validationClips())).doesNotContainAnyElementsOf(fold.testSpeakers());
                    assertThat(speakers(fold.trainingClips())).doesNotContainAnyElementsOf(fold.validationSpeakers());
                }
            }
        }
    }

    @Test
    void testClipsAreAllTargetClipsOfTheTestSpeakerAndNothingElse() throws Exception {
        for (TrainingConfig config : variedConfigs()) {
            for (Fold fold : plan(config).folds()) {
                List<Clip> expected = SAVEE.clips().stream()
                        .filter(clip -> fold.testSpeakers().contains(clip.speaker())).toList();
                assertThat(fold.testClips()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void otherLanguageClipsAreOnlyEverTrainingData() throws Exception {
        for (TrainingConfig config : variedConfigs()) {
            for (Fold fold : plan(config).folds()) {
                assertThat(Stream.concat(fold.validationClips().stream(), fold.testClips().stream()))
                        .allSatisfy(clip -> assertThat(clip.corpus()).isEqualTo(CorpusKind.SAVEE));
            }
        }
        Fold fold = plan(crossLanguage(1.0)).folds().get(0);
        assertThat(fold.trainingClips()).filteredOn(clip -> clip.language() == Language.DE).hasSize(140);
    }

    @Test
    void validationSpeakerRotatesSoEachTargetSpeakerValidatesOnce() throws Exception {
        FoldPlan plan = plan(crossLanguage(1.0));

        assertThat(plan.folds()).extracting(Fold::validationSpeakers).containsExactly(
                List.of(savee("JE")), List.of(savee("JK")), List.of(savee("KL")), List.of(savee("DC")));
        Fold first = plan.folds().get(0);
        assertThat(first.validationIsTest()).isFalse();
        assertThat(speakers(first.validationClips())).containsExactly(savee("JE"));
        assertThat(first.validationClips()).hasSize(21);
        assertThat(first.trainingClips()).filteredOn(clip -> clip.corpus() == CorpusKind.SAVEE).hasSize(42);
    }

    @Test
    void twoValidationSpeakersAreTheNextTwoWrappingRound() throws Exception {
        FoldPlan plan = plan(validated(TrainingConfig.singleTask(SAVEE_DIR)).toBuilder().validationSpeakers(2).build());

        assertThat(plan.folds().get(3).validationSpeakers()).containsExactly(savee("DC"), savee("JE"));
        assertThat(speakers(plan.folds().get(3).trainingClips())).containsExactly(savee("JK"));
    }

    @Test
    void testOracleValidatesOnTheTestClipsAndSaysSo() throws Exception {
        FoldPlan plan = plan(validated(TrainingConfig.singleTask(SAVEE_DIR)).toBuilder()
                .modelSelection(ModelSelection.TEST_ORACLE).build());

        assertThat(plan.folds()).allSatisfy(fold -> {
            assertThat(fold.validationIsTest()).isTrue();
            assertThat(fold.validationSpeakers()).isEmpty();
            assertThat(fold.validationClips()).isEqualTo(fold.testClips());
            assertThat(fold.trainingClips()).hasSize(63);
        });
    }

    @Test
    void speakerClassesAreTheFoldsTrainingSpeakersOfAllCorporaSorted() throws Exception {
        Fold fold = plan(crossLanguage(1.0)).folds().get(1);

        List<String> expected = Stream.concat(Stream.of("savee:DC", "savee:KL"),
                FakeCorpora.EMODB_SPEAKERS.stream().map(id -> "emodb:" + id)).toList();
        assertThat(fold.labels().speakerKeys()).isEqualTo(expected);
        assertThat(fold.trainingSpeakers()).isEqualTo(fold.labels().speakers());
    }

    @Test
    void crossLanguageRunsHaveEightEmotionClassesInEmotionOrder() throws Exception {
        Fold single = plan(validated(TrainingConfig.singleTask(SAVEE_DIR))).folds().get(0);
        Fold cross = plan(crossLanguage(1.0)).folds().get(0);

        assertThat(single.labels().emotions()).isEqualTo(FakeCorpora.SAVEE_EMOTIONS);
        assertThat(cross.labels().emotionLabels()).containsExactly("anger", "boredom", "disgust", "fear",
                "happiness", "neutral", "sadness", "surprise");
    }

    @Test
    void heldOutSubsetMakesOneFoldTestingAllListedSpeakers() throws Exception {
        FoldPlan plan = plan(validated(TrainingConfig.singleTask(SAVEE_DIR)).toBuilder()
                .heldOutSpeakers(List.of("savee:KL", "savee:JE")).build());

        assertThat(plan.folds()).singleElement().satisfies(fold -> {
            assertThat(fold.id()).isEqualTo("savee:JE+savee:KL");
            assertThat(fold.testSpeakers()).containsExactly(savee("JE"), savee("KL"));
            assertThat(fold.testClips()).hasSize(42);
            assertThat(fold.validationSpeakers()).containsExactly(savee("JK"));
            assertThat(speakers(fold.trainingClips())).containsExactly(savee("DC"));
        });
    }

    @Test
    void rejectsAHeldOutSpeakerTheTargetCorpusDoesNotHave() {
        TrainingConfig config = validated(TrainingConfig.singleTask(SAVEE_DIR)).toBuilder()
                .heldOutSpeakers(List.of("savee:XX")).build();

        assertThatThrownBy(() -> plan(config)).isInstanceOf(FoldPlanException.class)
                .hasMessage("held-out speaker savee:XX is not a speaker of the target corpus SAVEE"
                        + " (savee:DC, savee:JE, savee:JK, savee:KL)");
    }

    @Test
    void rejectsAddingTheTargetCorpusAgain() {
        TrainingConfig config = crossLanguage(1.0);

        assertThatThrownBy(() -> FoldPlan.of(config, SAVEE, List.of(SAVEE)))
                .isInstanceOf(FoldPlanException.class)
                .hasMessageContaining("is SAVEE, which is already the target corpus");
    }

    @Test
    void rejectsTooFewSpeakersForValidation() {
        Corpus twoSpeakers = FakeCorpora.corpus(CorpusKind.SAVEE, List.of("DC", "JE"), FakeCorpora.SAVEE_EMOTIONS, 1);
        TrainingConfig config = validated(TrainingConfig.singleTask(SAVEE_DIR)).toBuilder().validationSpeakers(2).build();

        assertThatThrownBy(() -> FoldPlan.of(config, twoSpeakers, List.of()))
                .isInstanceOf(FoldPlanException.class)
                .hasMessageStartingWith("fold savee:DC needs 2 validation speaker(s) but only 1");
    }

    @Test
    void rejectsAFoldWithoutTrainingClips() {
        Corpus twoSpeakers = FakeCorpora.corpus(CorpusKind.SAVEE, List.of("DC", "JE"), FakeCorpora.SAVEE_EMOTIONS, 1);

        assertThatThrownBy(() -> FoldPlan.of(validated(TrainingConfig.singleTask(SAVEE_DIR)), twoSpeakers, List.of()))
                .isInstanceOf(FoldPlanException.class)
                .hasMessageStartingWith("fold savee:DC has no training clips");
    }

    @Test
    void rejectsAnInvalidConfigurationOrMismatchedCorpora() {
        TrainingConfig invalid = validated(TrainingConfig.singleTask(SAVEE_DIR)).toBuilder().epochs(0).build();

        assertThatThrownBy(() -> plan(invalid)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("epochs must be positive");
        assertThatThrownBy(() -> FoldPlan.of(crossLanguage(1.0), SAVEE, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the configuration adds 1 corpora but 0 were given");
    }

    @Test
    void addsTheRoundedFractionOfTheAddedCorpusTheSameInEveryFold() throws Exception {
        assertThat(germanClips(plan(crossLanguage(0.25)).folds().get(0))).hasSize(35);
        assertThat(germanClips(plan(crossLanguage(0.5)).folds().get(0))).hasSize(70);
        assertThat(germanClips(plan(crossLanguage(0.1)).folds().get(0))).hasSize(14);
        assertThat(germanClips(plan(crossLanguage(0.0125)).folds().get(0))).hasSize(2);
        FoldPlan quarter = plan(crossLanguage(0.25));
        assertThat(quarter.folds()).allSatisfy(fold ->
                assertThat(germanClips(fold)).isEqualTo(germanClips(quarter.folds().get(0))));
    }

    @Test
    void aZeroFractionAddsNothingAndNoBoredomClass() throws Exception {
        Fold fold = plan(crossLanguage(0.0)).folds().get(0);

        assertThat(germanClips(fold)).isEmpty();
        assertThat(fold.labels().emotions()).doesNotContain(Emotion.BOREDOM);
    }

    @Test
    void sameSeedGivesIdenticalFolds() throws Exception {
        TrainingConfig config = crossLanguage(0.3).toBuilder().balanceLanguages(true).build();

        assertThat(plan(config)).isEqualTo(plan(config));
        assertThat(FoldPlan.of(config, reversed(SAVEE), List.of(reversed(EMODB)))).isEqualTo(plan(config));
    }

    @Test
    void differentSeedDrawsADifferentSubsample() throws Exception {
        List<Clip> seed1 = germanClips(plan(crossLanguage(0.5).toBuilder().seed(1).build()).folds().get(0));
        List<Clip> seed2 = germanClips(plan(crossLanguage(0.5).toBuilder().seed(2).build()).folds().get(0));

        assertThat(seed1).hasSameSizeAs(seed2).isNotEqualTo(seed2);
    }

    @Test
    void balancingCutsTheLargerLanguageToTheSmallerOnesSize() throws Exception {
        Fold moreGerman = plan(crossLanguage(1.0).toBuilder().balanceLanguages(true).build()).folds().get(0);
        Fold moreEnglish = plan(crossLanguage(0.2).toBuilder().balanceLanguages(true).build()).folds().get(0);

        assertThat(germanClips(moreGerman)).hasSize(42);
        assertThat(moreGerman.trainingClips()).hasSize(84);
        assertThat(germanClips(moreEnglish)).hasSize(28);
        assertThat(moreEnglish.trainingClips()).filteredOn(clip -> clip.language() == Language.EN).hasSize(28);
    }

    @Test
    void balancingWithOneLanguageChangesNothing() throws Exception {
        TrainingConfig single = validated(TrainingConfig.singleTask(SAVEE_DIR));

        assertThat(plan(single.toBuilder().balanceLanguages(true).build())).isEqualTo(plan(single));
    }

    @Test
    void aFoldCannotBeBuiltWithATestSpeakerInTraining() throws Exception {
        Fold fold = plan(validated(TrainingConfig.singleTask(SAVEE_DIR))).folds().get(0);
        List<Clip> leaky = Stream.concat(fold.trainingClips().stream(), fold.testClips().stream().limit(1)).toList();

        assertThatThrownBy(() -> new Fold(0, fold.id(), CorpusKind.SAVEE, fold.testSpeakers(),
                fold.validationSpeakers(), false, leaky, fold.validationClips(), fold.testClips(), fold.labels()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fold savee:DC: training clip DC/")
                .hasMessageEndingWith("is of held-out speaker savee:DC");
    }

    private static List<Clip> germanClips(Fold fold) {
        return fold.trainingClips().stream().filter(clip -> clip.corpus() == CorpusKind.EMODB).toList();
    }

    private static Corpus reversed(Corpus corpus) {
        List<Clip> clips = new ArrayList<>(corpus.clips());
        Collections.reverse(clips);
        return new Corpus(corpus.kind(), corpus.root(), clips, List.of());
    }
}
