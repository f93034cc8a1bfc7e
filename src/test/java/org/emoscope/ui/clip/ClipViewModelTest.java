package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.testing.WavBuilder;
import org.emoscope.ui.WorkbenchSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clip view's state without a JavaFX toolkit: tasks run on the test thread. */
class ClipViewModelTest {
    @TempDir
    Path dir;

    private final List<Path> modelsLoaded = new ArrayList<>();
    private FakeAnalyser nextModel = new FakeAnalyser("fold-emodb_03.zip", 0.1f, 0.6f, 0.3f);
    private final WorkbenchSelection selection = new WorkbenchSelection();
    private final ClipViewModel viewModel = new ClipViewModel(new CurrentThreadTaskExecutor(), file -> {
        modelsLoaded.add(file);
        return nextModel;
    }, selection);

    @AfterEach
    void clearDemoModel() {
        System.clearProperty(DemoModel.PROPERTY);
    }

    @Test
    void openingAClipShowsItsAudioAndSpectrogramAndTheNoModelHint() {
        viewModel.open(SampleClips.happy());

        ClipContent content = viewModel.contentProperty().get();
        assertThat(content.clip()).isEqualTo(SampleClips.happy());
        assertThat(content.samples()).hasSize(13_879);
        assertThat(content.logMel()).hasNumberOfRows(128);
        assertThat(content.prediction()).isEmpty();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
        assertThat(viewModel.modelStatusProperty().get()).isEqualTo(ClipViewModel.NO_MODEL_HINT);
        assertThat(viewModel.attentionMessageProperty().get()).isEqualTo(ClipViewModel.NO_MODEL_HINT);
        assertThat(viewModel.predictionSummaryProperty().get()).isEqualTo("Labelled happiness");
        assertThat(viewModel.probabilities()).isEmpty();
    }

    @Test
    void settingAModelAnalysesTheOpenClip() {
        viewModel.open(SampleClips.happy());

        viewModel.setModel(Path.of("runs/fold-emodb_03.zip"));

        assertThat(modelsLoaded).containsExactly(Path.of("runs/fold-emodb_03.zip"));
        assertThat(nextModel.analysed).containsExactly(SampleClips.happy().path());
        assertThat(viewModel.contentProperty().get().prediction()).isPresent();
        assertThat(viewModel.modelStatusProperty().get()).isEqualTo("Model: fold-emodb_03.zip");
        assertThat(viewModel.modelLoadingProperty().get()).isFalse();
        assertThat(viewModel.attentionMessageProperty().get()).isEmpty();
        assertThat(viewModel.predictionSummaryProperty().get())
                .isEqualTo("Predicted happiness (60 %) · labelled happiness ✓");
    }

    @Test
    void probabilitiesMarkThePredictedAndTheTrueEmotion() {
        viewModel.setModel(Path.of("model.zip"));

        viewModel.open(SampleClips.angry());

        assertThat(viewModel.probabilities()).containsExactly(
                new EmotionProbability(Emotion.ANGER, 0.1f, false, true),
                new EmotionProbability(Emotion.HAPPINESS, 0.6f, true, false),
                new EmotionProbability(Emotion.NEUTRAL, 0.3f, false, false));
        assertThat(viewModel.predictionSummaryProperty().get())
                .isEqualTo("Predicted happiness (60 %) · labelled anger ✗");
    }

    @Test
    void aNewModelReplacesAndClosesTheOldOne() {
        viewModel.setModel(Path.of("first.zip"));
        FakeAnalyser first = nextModel;
        nextModel = new FakeAnalyser("second.zip", 0.8f, 0.1f, 0.1f);

        viewModel.setModel(Path.of("second.zip"));
        viewModel.open(SampleClips.happy());

        assertThat(first.closed).isTrue();
        assertThat(nextModel.closed).isFalse();
        assertThat(viewModel.predictionSummaryProperty().get()).startsWith("Predicted anger (80 %)");
        viewModel.close();
        assertThat(nextModel.closed).isTrue();
    }

    @Test
    void aModelThatFailsToLoadKeepsTheClipAndSaysWhy() {
        ClipViewModel failing = new ClipViewModel(new CurrentThreadTaskExecutor(), file -> {
            throw new IOException(file + ": not a model saved by a training run");
        }, new WorkbenchSelection());
        failing.open(SampleClips.happy());

        failing.setModel(Path.of("notes.zip"));

        assertThat(failing.errorMessageProperty().get())
                .isEqualTo("Could not open the model: notes.zip: not a model saved by a training run");
        assertThat(failing.modelStatusProperty().get()).isEqualTo(ClipViewModel.NO_MODEL_HINT);
        assertThat(failing.contentProperty().get().samples()).hasSize(13_879);
    }

    @Test
    void anUnreadableClipShowsAnErrorNamingTheFile() throws IOException {
        viewModel.open(SampleClips.happy());
        Path wav = Files.write(dir.resolve("truncated.wav"), WavBuilder.pcm16(16_000, (short) 1).withoutFmt().bytes());

        viewModel.open(SampleClips.file(wav, Emotion.ANGER, 0));

        assertThat(viewModel.contentProperty().get()).isNull();
        assertThat(viewModel.errorMessageProperty().get()).contains("truncated.wav");
        assertThat(viewModel.loadingProperty().get()).isFalse();

        viewModel.open(SampleClips.happy());
        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
    }

    @Test
    void aClipOpenedWhileAnotherLoadsWinsEvenIfTheOlderOneFinishesLast() {
        viewModel.setModel(Path.of("model.zip"));
        Clip happy = SampleClips.happy();
        Clip angry = SampleClips.angry();
        // The user picks another clip while the model is still busy with the first one.
        nextModel.duringAnalysis = () -> {
            if (nextModel.analysed.size() == 1) {
                viewModel.open(angry);
            }
        };

        viewModel.open(happy);

        assertThat(nextModel.analysed).containsExactly(happy.path(), angry.path());
        assertThat(viewModel.clipProperty().get()).isEqualTo(angry);
        assertThat(viewModel.contentProperty().get().clip()).isEqualTo(angry);
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void seekingIsClampedToTheClipAndOpeningRewinds() {
        viewModel.seek(0.3);
        assertThat(viewModel.playbackPositionProperty().get()).isZero();

        viewModel.open(SampleClips.happy());
        viewModel.seek(0.5);
        assertThat(viewModel.playbackPositionProperty().get()).isEqualTo(0.5);
        viewModel.seek(5);
        assertThat(viewModel.playbackPositionProperty().get()).isEqualTo(13_879 / 16_000.0);
        viewModel.seek(-1);
        assertThat(viewModel.playbackPositionProperty().get()).isZero();

        viewModel.seek(0.5);
        viewModel.open(SampleClips.angry());
        assertThat(viewModel.playbackPositionProperty().get()).isZero();
    }

    @Test
    void theDemoModelNamedByThePropertyIsLoaded() throws IOException {
        Path model = Files.createFile(dir.resolve("demo.zip"));
        System.setProperty(DemoModel.PROPERTY, model.toString());

        viewModel.openDemoModel();

        assertThat(modelsLoaded).containsExactly(model);
        assertThat(viewModel.modelStatusProperty().get()).isEqualTo("Model: fold-emodb_03.zip");
    }

    @Test
    void withoutADemoModelPropertyTheBundledDemoModelIsOpened() {
        viewModel.openDemoModel();

        assertThat(modelsLoaded).singleElement()
                .satisfies(model -> assertThat(model.getFileName()).hasToString("demo-model.zip"));
        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
    }

    @Test
    void aDemoModelPropertyNamingNoFileIsReported() {
        System.setProperty(DemoModel.PROPERTY, dir.resolve("missing.zip").toString());

        viewModel.openDemoModel();

        assertThat(modelsLoaded).isEmpty();
        assertThat(viewModel.errorMessageProperty().get()).contains("missing.zip").contains("no such model file");
    }
}
