package org.emoscope.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Corpus;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.training.ModelSelection;
import org.emoscope.training.Recipe;
import org.emoscope.training.Normalisation;
import org.emoscope.training.LearningRateSchedule;
import org.emoscope.training.TrainingConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The training form without a toolkit: its choices, its presets and its validation. */
class TrainingFormTest {
    private final ObservableList<Corpus> open = FXCollections.observableArrayList();
    private TrainingForm form;

    @BeforeEach
    void openSampleCorpora() {
        open.setAll(SampleCorpora.emoDb(), SampleCorpora.savee());
        form = new TrainingForm(open);
    }

    @Test
    void opensOnTheFirstOpenCorpusWithTheDefaultRecipeOnTheCompactNetworkAndIsValid() {
        assertThat(form.targetProperty().get()).isEqualTo(SampleCorpora.emoDb());
        assertThat(form.speakers()).extracting(SpeakerChoice::key)
                .containsExactly("emodb:03", "emodb:08", "emodb:09", "emodb:10");
        assertThat(form.addedCorpora()).extracting(AddedCorpusChoice::corpus).containsExactly(SampleCorpora.savee());
        assertThat(form.otherLanguageCorpusProperty().get()).isEqualTo(SampleCorpora.savee());
        assertThat(form.problems()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.config()).as("a run of minutes on a CPU laptop, not the paper's day")
                .isEqualTo(TrainingConfig.defaults(SampleCorpora.emoDb().root()).toBuilder()
                        .preset(ArchitecturePreset.COMPACT).build());
    }

    @Test
    void everyProblemIsListedAtOnceAndEachIsShownBesideItsField() {
        form.gamma().text().set("abc");
        form.epochs().text().set("0");
        form.batchSize().text().set("-1");
        form.learningRate().text().set("0");
        form.dropout().text().set("1.5");
        form.leaveOneSpeakerOutProperty().set(false);
        form.runNameProperty().set("../elsewhere");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problems()).hasSize(7);
        assertThat(form.problemOf(FormField.HELD_OUT).get()).startsWith("Held-out speakers: tick at least one");
        assertThat(form.problemOf(FormField.GAMMA).get()).isEqualTo("γ: 'abc' is not a number (use a dot for decimals)");
        assertThat(form.problemOf(FormField.EPOCHS).get()).isEqualTo("Epochs must be positive, got 0");
        assertThat(form.problemOf(FormField.BATCH_SIZE).get()).isEqualTo("Batch must be positive, got -1");
        assertThat(form.problemOf(FormField.LEARNING_RATE).get()).startsWith("Learning rate must be a positive");
        assertThat(form.problemOf(FormField.DROPOUT).get()).isEqualTo("Dropout must be in [0, 1), got 1.5");
        assertThat(form.problemOf(FormField.RUN_NAME).get()).startsWith("Run name:");
        assertThat(form.problemOf(FormField.THETA).get()).isEmpty();
        assertThatThrownBy(form::config).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void fixingTheFieldsClearsTheirProblems() {
        form.epochs().text().set("0");
        form.gamma().text().set("x");

        form.epochs().text().set("5");
        form.gamma().text().set("0.5");

        assertThat(form.problems()).isEmpty();
        assertThat(form.problemOf(FormField.EPOCHS).get()).isEmpty();
        assertThat(form.config().epochs()).isEqualTo(5);
        assertThat(form.config().gamma()).isEqualTo(0.5);
    }

    @Test
    void gammaAndThetaBothZeroIsShownBesideBoth() {
        form.gamma().value().set(0);
        form.theta().value().set(0);

        assertThat(form.problems()).containsExactly("γ and θ are both 0: nothing would be learned");
        assertThat(form.problemOf(FormField.GAMMA).get()).isEqualTo(form.problemOf(FormField.THETA).get()).isNotEmpty();
    }

    @Test
    void foldsThatCannotBeMadeAreAProblemOfTheHeldOutSpeakers() {
        form.leaveOneSpeakerOutProperty().set(false);
        // Every speaker tested: nobody is left to train on (the default keeps the last epoch, no validation speaker).
        form.speakers().forEach(speaker -> speaker.heldOutProperty().set(true));

        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemOf(FormField.HELD_OUT).get()).contains("has no training clips");
    }

    @Test
    void heldOutSpeakersBecomeOneFold() {
        form.leaveOneSpeakerOutProperty().set(false);
        form.speakers().get(0).heldOutProperty().set(true);

        assertThat(form.config().heldOutSpeakers()).containsExactly("emodb:03");
        assertThat(form.config().leaveOneSpeakerOut()).isFalse();
    }

    @Test
    void paperConfigurationsSetTheLossWeightsAndTheOtherLanguageCorpusAsTheFactoriesDo() {
        form.epochs().text().set("7");
        for (PaperConfiguration paper : PaperConfiguration.values()) {
            form.applyPaperConfiguration(paper);

            TrainingConfig expected = paper.config(SampleCorpora.emoDb().root(), SampleCorpora.savee().root());
            assertThat(form.config().gamma()).as(paper.label()).isEqualTo(expected.gamma());
            assertThat(form.config().theta()).as(paper.label()).isEqualTo(expected.theta());
            assertThat(form.config().addedCorpora()).as(paper.label()).isEqualTo(expected.addedCorpora());
            assertThat(form.config().epochs()).as("the schedule stays").isEqualTo(7);
        }
        assertThat(form.config().addedCorpora()).containsExactly(AddedCorpus.whole(SampleCorpora.savee().root()));
        assertThat(form.theta().text().get()).isEqualTo("1");
    }

    @Test
    void singleTaskSetsThetaZeroAndRemovesTheAddedCorpus() {
        form.applyPaperConfiguration(PaperConfiguration.MULTITASK_CROSS_LANGUAGE);

        form.applyPaperConfiguration(PaperConfiguration.SINGLE_TASK);

        assertThat(form.gamma().value().get()).isEqualTo(1);
        assertThat(form.theta().value().get()).isZero();
        assertThat(form.addedCorpora().get(0).includedProperty().get()).isFalse();
    }

    @Test
    void crossLanguageNeedsACorpusInAnotherLanguage() {
        open.setAll(SampleCorpora.emoDb());

        assertThat(form.otherLanguageCorpusProperty().get()).isNull();
        assertThatThrownBy(() -> form.applyPaperConfiguration(PaperConfiguration.CROSS_LANGUAGE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another language");
    }

    @Test
    void theLanguageMixFractionOfAnAddedCorpusIsChecked() {
        AddedCorpusChoice savee = form.addedCorpora().get(0);
        savee.includedProperty().set(true);

        savee.fraction().value().set(0.25);
        assertThat(form.config().addedCorpora()).containsExactly(new AddedCorpus(SampleCorpora.savee().root(), 0.25));

        savee.fraction().text().set("1.5");
        assertThat(form.problemOf(FormField.ADDED_CORPORA).get()).as("in the form's words, not the config's path")
                .isEqualTo("Share of " + savee.label() + " clips must be between 0 and 1, got 1.5");
        savee.fraction().text().set("1");
        form.epochs().text().set("0");
        assertThat(form.problemOf(FormField.EPOCHS).get()).isEqualTo("Epochs must be positive, got 0");
    }

    @Test
    void presetsShowTheirSizesAndCustomTrainsTheTypedOnes() {
        form.presetProperty().set(ArchitecturePreset.COMPACT);
        assertThat(form.convFiltersProperty().get()).isEqualTo("64, 128, 256");
        assertThat(form.customSizesProperty().get()).isFalse();

        form.presetProperty().set(ArchitecturePreset.CUSTOM);
        form.convFiltersProperty().set("8, 8, 8");
        form.autoFramesProperty().set(false);
        form.frames().text().set("64");
        form.bottleneck().text().set("8");
        form.lstmUnits().text().set("4");
        form.heads().text().set("3");

        assertThat(form.customSizesProperty().get()).isTrue();
        assertThat(form.problemOf(FormField.SIZES).get()).contains("attentionDim (8) must be divisible by heads (3)");

        form.heads().text().set("2");
        TrainingConfig config = form.config();
        assertThat(config.preset()).isEqualTo(ArchitecturePreset.CUSTOM);
        assertThat(config.architecture()).isEqualTo(new ModelArchitecture(128, 64, List.of(8, 8, 8), List.of(3, 1, 3),
                8, 4, 2, 2, 8, 0.35));
        assertThat(config.maxFrames()).isEqualTo(64);
    }

    @Test
    void thePaperRecipeIsOneSwitchAndTheDefaultOneBack() {
        form.applyRecipe(Recipe.PAPER);
        TrainingConfig paper = form.config();

        assertThat(paper.recipe()).isEqualTo(Recipe.PAPER);
        assertThat(paper.maxFrames()).isEqualTo(256);
        assertThat(paper.architecture().frames()).isEqualTo(256);
        assertThat(paper.maskPadding()).isFalse();
        assertThat(paper.normalisation()).isEqualTo(Normalisation.TRAINING_FOLD);
        assertThat(paper.learningRateSchedule()).isEqualTo(LearningRateSchedule.CONSTANT);
        assertThat(paper.gradientClipNorm()).isZero();
        assertThat(List.of(paper.epochs(), paper.batchSize())).containsExactly(300, 64);
        assertThat(paper.modelSelection()).isEqualTo(ModelSelection.VALIDATION);

        form.applyRecipe(Recipe.DEFAULT);
        TrainingConfig recipe = form.config();
        assertThat(recipe.maxFrames()).isEqualTo(TrainingConfig.AUTO_FRAMES);
        assertThat(recipe.normalisation()).isEqualTo(Normalisation.PER_SPEAKER);
        assertThat(recipe.modelSelection()).isEqualTo(ModelSelection.LAST_EPOCH);
        assertThat(recipe.choicesSummary()).contains("transductive");
    }

    @Test
    void unreadableFiltersAreAProblemOfTheSizes() {
        form.presetProperty().set(ArchitecturePreset.CUSTOM);
        form.convFiltersProperty().set("8, 8");

        assertThat(form.problemOf(FormField.SIZES).get()).isEqualTo("filters: give 3 whole numbers, e.g. 64, 128, 256");
    }

    @Test
    void modelSelectionAndSeedGoIntoTheConfig() {
        form.modelSelectionProperty().set(ModelSelection.TEST_ORACLE);
        form.seed().text().set("7");

        assertThat(form.config().modelSelection()).isEqualTo(ModelSelection.TEST_ORACLE);
        assertThat(form.config().seed()).isEqualTo(7);
    }

    @Test
    void withoutCorporaTheTargetIsMissingAndOpeningOneChoosesIt() {
        open.clear();

        assertThat(form.targetProperty().get()).isNull();
        assertThat(form.problemOf(FormField.TARGET).get()).startsWith("Target corpus is missing");

        open.add(SampleCorpora.savee());

        assertThat(form.targetProperty().get()).isEqualTo(SampleCorpora.savee());
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void openingAnotherCorpusKeepsTheTargetInTheListAndTheHeldOutSpeakers() {
        open.setAll(SampleCorpora.emoDb());
        form.leaveOneSpeakerOutProperty().set(false);
        form.speakers().get(1).heldOutProperty().set(true);
        List<Corpus> removed = new ArrayList<>();
        form.corpora().addListener((ListChangeListener<Corpus>) change -> {
            while (change.next()) {
                removed.addAll(change.getRemoved());
            }
        });

        open.add(SampleCorpora.savee());

        assertThat(removed).as("a combo box would lose its selection").isEmpty();
        assertThat(form.corpora()).containsExactly(SampleCorpora.emoDb(), SampleCorpora.savee());
        assertThat(form.targetProperty().get()).isEqualTo(SampleCorpora.emoDb());
        assertThat(form.config().heldOutSpeakers()).containsExactly("emodb:08");
    }

    @Test
    void aBlankRunNameIsMadeFromTheTargetAndTheConfiguration() {
        LocalDateTime now = LocalDateTime.of(2024, 5, 1, 10, 15, 30);

        assertThat(form.runName(now)).isEqualTo("emodb-multitask-20240501-101530");
        form.applyPaperConfiguration(PaperConfiguration.CROSS_LANGUAGE);
        assertThat(form.runName(now)).isEqualTo("emodb-single-task-cross-language-20240501-101530");
        form.runNameProperty().set("  my run ");
        assertThat(form.runName(now)).isEqualTo("my run");
    }
}
