package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.testing.WavBuilder;
import org.emoscope.ui.WorkbenchSelection;
import org.emoscope.ui.controls.ArgbImage;
import org.emoscope.ui.controls.TimeWindow;
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
    /** Models the loader returns for particular files (a run's fold models); any other file gives {@link #nextModel}. */
    private final Map<Path, FakeAnalyser> modelFiles = new HashMap<>();
    private final ModelLoader loader = file -> {
        modelsLoaded.add(file);
        return modelFiles.getOrDefault(file, nextModel);
    };
    private final ClipViewModel viewModel = new ClipViewModel(new CurrentThreadTaskExecutor(), loader, selection);

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
                .isEqualTo("Predicted happiness (60 %) · labelled happiness\u00a0✓");
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
                .isEqualTo("Predicted happiness (60 %) · labelled anger\u00a0✗");
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
        viewModel.timeline().seek(0.3);
        assertThat(viewModel.timeline().playbackPositionProperty().get()).isZero();

        viewModel.open(SampleClips.happy());
        viewModel.timeline().seek(0.5);
        assertThat(viewModel.timeline().playbackPositionProperty().get()).isEqualTo(0.5);
        viewModel.timeline().seek(5);
        assertThat(viewModel.timeline().playbackPositionProperty().get()).isEqualTo(13_879 / 16_000.0);
        viewModel.timeline().seek(-1);
        assertThat(viewModel.timeline().playbackPositionProperty().get()).isZero();

        viewModel.timeline().seek(0.5);
        viewModel.open(SampleClips.angry());
        assertThat(viewModel.timeline().playbackPositionProperty().get()).isZero();
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
                .satisfies(model -> assertThat(model.getFileName()).hasToString("fold-emodb_03.zip"));
        assertThat(viewModel.errorMessageProperty().get()).isEmpty();
    }

    @Test
    void aDemoModelPropertyNamingNoFileIsReported() {
        System.setProperty(DemoModel.PROPERTY, dir.resolve("missing.zip").toString());

        viewModel.openDemoModel();

        assertThat(modelsLoaded).isEmpty();
        assertThat(viewModel.errorMessageProperty().get()).contains("missing.zip").contains("no such model file");
    }

    @Test
    void aClipSelectedInTheWorkbenchIsOpened() {
        selection.clipProperty().set(SampleClips.happy());

        assertThat(viewModel.clipProperty().get()).isEqualTo(SampleClips.happy());
        assertThat(viewModel.contentProperty().get().clip()).isEqualTo(SampleClips.happy());
    }

    // ---- zoom and scroll

    @Test
    void aNewClipIsShownWholeAndZoomKeepsTheAnchorInPlace() {
        viewModel.open(SampleClips.happy());
        double seconds = 13_879 / 16_000.0;
        assertThat(viewModel.timeline().windowProperty().get()).isEqualTo(TimeWindow.whole(seconds));

        viewModel.timeline().zoomAround(0.4, 4);

        TimeWindow zoomed = viewModel.timeline().windowProperty().get();
        assertThat(zoomed.spanSeconds()).isCloseTo(seconds / 4, within(1e-12));
        assertThat((0.4 - zoomed.startSeconds()) / zoomed.spanSeconds()).isCloseTo(0.4 / seconds, within(1e-12));
        viewModel.timeline().fit();
        assertThat(viewModel.timeline().windowProperty().get().isWhole()).isTrue();
    }

    @Test
    void theButtonsZoomAroundTheCursorWhenItIsInView() {
        viewModel.open(SampleClips.happy());
        viewModel.timeline().seek(0.8);

        viewModel.timeline().zoomIn();

        TimeWindow zoomed = viewModel.timeline().windowProperty().get();
        assertThat(zoomed.zoomFactor()).isCloseTo(ClipTimeline.ZOOM_STEP, within(1e-9));
        assertThat(zoomed.contains(0.8)).isTrue();
        viewModel.timeline().zoomOut();
        assertThat(viewModel.timeline().windowProperty().get().isWhole()).isTrue();
    }

    @Test
    void panningAndScrollingMoveTheViewWithinTheClip() {
        viewModel.open(SampleClips.happy());
        viewModel.timeline().zoomAround(0, 4);
        double span = viewModel.timeline().windowProperty().get().spanSeconds();

        viewModel.timeline().panBy(0.1);
        assertThat(viewModel.timeline().windowProperty().get().startSeconds()).isCloseTo(0.1, within(1e-12));
        viewModel.timeline().scrollTo(5);
        assertThat(viewModel.timeline().windowProperty().get().endSeconds()).isEqualTo(13_879 / 16_000.0);
        assertThat(viewModel.timeline().windowProperty().get().spanSeconds()).isCloseTo(span, within(1e-12));
    }

    @Test
    void playbackLeavingTheViewTurnsThePage() {
        viewModel.open(SampleClips.happy());
        viewModel.timeline().zoomAround(0, 4);

        viewModel.timeline().seek(0.3);

        assertThat(viewModel.timeline().windowProperty().get().startSeconds()).isCloseTo(0.3, within(1e-12));
        viewModel.timeline().seek(0);
        assertThat(viewModel.timeline().windowProperty().get().startSeconds()).isZero();
    }

    @Test
    void reReadingTheSameClipKeepsTheZoomAndAnotherClipIsShownWhole() {
        viewModel.open(SampleClips.happy());
        viewModel.timeline().zoomAround(0.4, 4);
        TimeWindow zoomed = viewModel.timeline().windowProperty().get();

        viewModel.setModel(Path.of("model.zip"));
        assertThat(viewModel.contentProperty().get().prediction()).isPresent();
        assertThat(viewModel.timeline().windowProperty().get()).isEqualTo(zoomed);

        viewModel.open(SampleClips.angry());
        assertThat(viewModel.timeline().windowProperty().get()).isEqualTo(TimeWindow.whole(12_788 / 16_000.0));
    }

    // ---- speakers

    @Test
    void theSpeakerChartListsTheMostProbableSpeakersAndAddsTheTrueOneWhenRankedLower() {
        nextModel.speakers = List.of("emodb:03", "emodb:08", "emodb:09", "emodb:10", "emodb:11", "emodb:12",
                "emodb:13");
        nextModel.speakerProbabilities = new float[] {0.01f, 0.3f, 0.2f, 0.15f, 0.14f, 0.1f, 0.1f};
        viewModel.setModel(Path.of("model.zip"));

        viewModel.open(SampleClips.happy());

        assertThat(viewModel.speakerProbabilities()).containsExactly(
                new SpeakerProbability("emodb:08", 0.3f, true, false),
                new SpeakerProbability("emodb:09", 0.2f, false, false),
                new SpeakerProbability("emodb:10", 0.15f, false, false),
                new SpeakerProbability("emodb:11", 0.14f, false, false),
                new SpeakerProbability("emodb:12", 0.1f, false, false),
                new SpeakerProbability("emodb:03", 0.01f, false, true));
        assertThat(viewModel.speakerNoteProperty().get()).isEmpty();
        assertThat(viewModel.speakerTitleProperty().get()).isEqualTo("Speaker (top 5 of 7)");
    }

    @Test
    void aHeldOutSpeakerIsNamedInANoteSinceTheHeadCannotChooseThem() {
        viewModel.setModel(Path.of("model.zip"));

        viewModel.open(SampleClips.happy());

        assertThat(viewModel.speakerProbabilities()).containsExactly(
                new SpeakerProbability("emodb:08", 0.7f, true, false),
                new SpeakerProbability("emodb:09", 0.3f, false, false));
        assertThat(viewModel.speakerNoteProperty().get())
                .isEqualTo("True speaker emodb:03 was held out: not a class of this head");
        assertThat(viewModel.speakerTitleProperty().get()).isEqualTo("Speaker");
    }

    @Test
    void anUntrainedSpeakerHeadShowsNoSpeakers() {
        nextModel.speakerHead = false;
        viewModel.setModel(Path.of("single-task.zip"));

        viewModel.open(SampleClips.happy());

        assertThat(viewModel.speakerProbabilities()).isEmpty();
        assertThat(viewModel.speakerNoteProperty().get()).contains("speaker head was not trained");
    }

    // ---- play requests

    @Test
    void aPlayRequestForALoadedClipCuesPlaybackFromTheStartAtOnce() {
        selection.clipProperty().set(SampleClips.happy());
        viewModel.timeline().seek(0.5);

        selection.openAndPlay(SampleClips.happy());

        assertThat(viewModel.playCuesProperty().get()).isEqualTo(1);
        assertThat(viewModel.timeline().playbackPositionProperty().get()).isZero();
    }

    @Test
    void aPlayRequestWaitsUntilTheClipHasLoaded() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        WorkbenchSelection workbench = new WorkbenchSelection();
        ClipViewModel deferred = new ClipViewModel(queued, loader, workbench);

        workbench.openAndPlay(SampleClips.happy());
        assertThat(deferred.loadingProperty().get()).isTrue();
        assertThat(deferred.playCuesProperty().get()).isZero();

        queued.runAll();
        assertThat(deferred.contentProperty().get().clip()).isEqualTo(SampleClips.happy());
        assertThat(deferred.playCuesProperty().get()).isEqualTo(1);
    }

    @Test
    void aPlayRequestLapsesWhenAnotherClipIsOpenedBeforeItLoads() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        WorkbenchSelection workbench = new WorkbenchSelection();
        ClipViewModel deferred = new ClipViewModel(queued, loader, workbench);

        workbench.openAndPlay(SampleClips.happy());
        workbench.clipProperty().set(SampleClips.angry());
        queued.runAll();

        assertThat(deferred.contentProperty().get().clip()).isEqualTo(SampleClips.angry());
        assertThat(deferred.playCuesProperty().get()).isZero();
    }

    @Test
    void aPlayRequestForAClipThatFailsToLoadCuesNothing() throws IOException {
        Path wav = Files.write(dir.resolve("truncated.wav"), WavBuilder.pcm16(16_000, (short) 1).withoutFmt().bytes());

        selection.openAndPlay(SampleClips.file(wav, Emotion.ANGER, 0));

        assertThat(viewModel.playCuesProperty().get()).isZero();
    }

    // ---- export

    @Test
    void alphaIsSavedAsCsvWithOneRowPerStep() throws IOException {
        viewModel.setModel(Path.of("model.zip"));
        viewModel.open(SampleClips.happy());
        Path csv = dir.resolve("out/03a01Fa-alpha.csv");

        viewModel.exports().exportAlpha(csv);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + FakeAnalyser.STEPS);
        assertThat(lines.get(0)).isEqualTo(AlphaCsv.HEADER);
        // Step 2 centres on frames 2..6, i.e. 0.1 s: its cell is one 25 ms hop around that.
        assertThat(lines.get(3)).isEqualTo("2,0.0875,0.1125,1.0,false");
        assertThat(viewModel.exports().messageProperty().get()).startsWith("Saved attention α of 03a01Fa.wav to ");
        try (Stream<Path> files = Files.list(csv.getParent())) {
            assertThat(files).containsExactly(csv);
        }
    }

    @Test
    void withoutAModelThereIsNoAlphaToSave() {
        viewModel.open(SampleClips.happy());

        viewModel.exports().exportAlpha(dir.resolve("alpha.csv"));

        assertThat(dir.resolve("alpha.csv")).doesNotExist();
        assertThat(viewModel.exports().messageProperty().get()).contains("No attention to export");
    }

    @Test
    void theProsodyIsSavedAsCsvWithOneRowPerTenMillisecondsAndTheAlphaThere() throws IOException {
        viewModel.setModel(Path.of("model.zip"));
        viewModel.open(SampleClips.happy());
        ClipContent shown = viewModel.contentProperty().get();
        Path csv = dir.resolve("03a01Fa-prosody.csv");

        viewModel.exports().exportProsody(csv);

        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(1 + shown.prosody().frames());
        assertThat(shown.prosody().frames()).isEqualTo(1 + (int) ((shown.samples().length - 1) / 160));
        assertThat(lines.get(0)).isEqualTo(ProsodyCsv.HEADER);
        // 0.1 s lies in step 2's cell, which the fake model gives all the attention.
        assertThat(lines.get(11)).startsWith("0.100,").endsWith(",1.0");
        assertThat(lines.stream().filter(line -> line.contains(",true,"))).as("voiced frames of a happy sentence")
                .hasSizeGreaterThan(shown.prosody().frames() / 5);
        assertThat(viewModel.exports().messageProperty().get()).startsWith("Saved pitch and energy of 03a01Fa.wav to ");
    }

    @Test
    void withoutAClipThereIsNoProsodyToSave() {
        viewModel.exports().exportProsody(dir.resolve("prosody.csv"));

        assertThat(dir.resolve("prosody.csv")).doesNotExist();
        assertThat(viewModel.exports().messageProperty().get()).contains("no clip is shown");
    }

    @Test
    void aFailedSaveSaysWhichFileAndWhy() throws IOException {
        viewModel.setModel(Path.of("model.zip"));
        viewModel.open(SampleClips.happy());
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "");

        viewModel.exports().exportAlpha(blocker.resolve("alpha.csv"));

        assertThat(viewModel.exports().messageProperty().get()).startsWith("Could not save " + blocker.resolve("alpha.csv"));
    }

    @Test
    void theViewIsSavedAsPng() throws IOException {
        viewModel.exports().exportImage(new ArgbImage(2, 1, new int[] {0xFF112233, 0xFF445566}),
                dir.resolve("view.png"));

        assertThat(ImageIO.read(dir.resolve("view.png").toFile()).getRGB(1, 0)).isEqualTo(0xFF445566);
        assertThat(viewModel.exports().messageProperty().get()).startsWith("Saved the view to ");
    }

    // ---- the model of a selected run

    @Test
    void aTestClipOfTheSelectedRunIsReadByItsFoldModel() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("loso"), List.of(SampleClips.happy(), SampleClips.angry()),
                List.of("emodb:03"));
        FakeAnalyser foldModel = new FakeAnalyser("fold-emodb_03.zip", 0.9f, 0.05f, 0.05f);
        modelFiles.put(TestRuns.modelOf(run, "emodb:03"), foldModel);
        viewModel.setModel(Path.of("user.zip"));

        selection.runProperty().set(run);
        selection.clipProperty().set(SampleClips.happy());
        selection.clipProperty().set(SampleClips.angry());

        assertThat(foldModel.analysed).containsExactly(SampleClips.happy().path(), SampleClips.angry().path());
        assertThat(modelsLoaded).containsExactly(Path.of("user.zip"), TestRuns.modelOf(run, "emodb:03"));
        assertThat(viewModel.modelStatusProperty().get()).as("the opened model is not ignored silently")
                .isEqualTo("Model: fold-emodb_03.zip · run loso, fold emodb:03 (this speaker held out) · "
                        + nextModel.name() + " reads the clips the run did not test");
        assertThat(viewModel.predictionSummaryProperty().get()).startsWith("Predicted anger (90 %)");
    }

    @Test
    void aBaselineRunShowsItsRecordedPredictionAndNoAttentionWhateverModelIsOpen() throws IOException {
        RunResults run = TestRuns.baselineRun(dir.resolve("baseline"), List.of(SampleClips.happy()));
        viewModel.setModel(Path.of("user.zip"));
        selection.runProperty().set(run);

        selection.clipProperty().set(SampleClips.happy());

        assertThat(nextModel.analysed).as("the user's model does not read a baseline's clip").isEmpty();
        assertThat(viewModel.contentProperty().get().prediction()).isEmpty();
        assertThat(viewModel.modelStatusProperty().get()).startsWith("Predictions of run baseline, fold emodb:03");
        assertThat(viewModel.predictionSummaryProperty().get()).isEqualTo("Predicted happiness (75 %) · labelled happiness\u00a0✓");
        assertThat(viewModel.probabilities()).extracting(EmotionProbability::probability).containsExactly(0.25, 0.75);
        assertThat(viewModel.attentionMessageProperty().get()).startsWith("No attention");
        assertThat(viewModel.speakerProbabilities()).isEmpty();
    }

    @Test
    void aClipTheRunDidNotTestIsReadByTheUserModelAndTheStatusSaysWhy() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("loso"), List.of(SampleClips.angry()), List.of("emodb:03"));
        viewModel.setModel(Path.of("user.zip"));
        selection.runProperty().set(run);

        selection.clipProperty().set(SampleClips.happy());

        assertThat(nextModel.analysed).containsExactly(SampleClips.happy().path());
        assertThat(viewModel.modelStatusProperty().get())
                .isEqualTo("Model: fold-emodb_03.zip (this clip is not a test clip of run loso)");
    }

    @Test
    void selectingOrClearingARunReReadsTheShownClip() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("loso"), List.of(SampleClips.happy()), List.of("emodb:03"));
        FakeAnalyser foldModel = new FakeAnalyser("fold-emodb_03.zip", 0.9f, 0.05f, 0.05f);
        modelFiles.put(TestRuns.modelOf(run, "emodb:03"), foldModel);
        nextModel = new FakeAnalyser("user.zip", 0.1f, 0.8f, 0.1f);
        viewModel.setModel(Path.of("user.zip"));
        selection.clipProperty().set(SampleClips.happy());

        selection.runProperty().set(run);
        assertThat(foldModel.analysed).containsExactly(SampleClips.happy().path());
        assertThat(viewModel.predictionSummaryProperty().get()).startsWith("Predicted anger");

        selection.runProperty().set(null);
        assertThat(viewModel.predictionSummaryProperty().get()).startsWith("Predicted happiness");
        assertThat(viewModel.modelStatusProperty().get()).isEqualTo("Model: user.zip");
    }

    @Test
    void aFoldModelThatFailsToOpenShowsNoOtherModelsPredictionAndSaysSo() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("loso"), List.of(SampleClips.happy()), List.of("emodb:03"));
        Path broken = TestRuns.modelOf(run, "emodb:03");
        ClipViewModel strict = new ClipViewModel(new CurrentThreadTaskExecutor(), file -> {
            if (file.equals(broken)) {
                throw new IOException(file + ": no training-config.json: not a model saved by a training run");
            }
            return nextModel;
        }, selection);
        strict.setModel(Path.of("user.zip"));
        selection.runProperty().set(run);

        selection.clipProperty().set(SampleClips.happy());

        assertThat(strict.contentProperty().get().prediction()).isEmpty();
        assertThat(strict.errorMessageProperty().get()).contains("fold-emodb_03.zip").contains("no training-config.json");
        assertThat(strict.modelStatusProperty().get()).isEqualTo("Model: fold-emodb_03.zip "
                + "(the fold model of run loso failed to open)");
    }

    @Test
    void closingClosesTheFoldModelsToo() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("loso"), List.of(SampleClips.happy()), List.of("emodb:03"));
        FakeAnalyser foldModel = new FakeAnalyser("fold-emodb_03.zip", 0.9f, 0.05f, 0.05f);
        modelFiles.put(TestRuns.modelOf(run, "emodb:03"), foldModel);
        selection.runProperty().set(run);
        selection.clipProperty().set(SampleClips.happy());

        viewModel.close();

        assertThat(foldModel.closed).isTrue();
    }

    // ---- self-attention

    @Test
    void theSelfAttentionHeadsFollowTheShownReading() {
        SelfAttentionViewModel heads = viewModel.selfAttention();
        viewModel.open(SampleClips.happy());
        assertThat(heads.headCountProperty().get()).isZero();
        assertThat(heads.imageProperty().get()).isNull();

        viewModel.setModel(Path.of("model.zip"));

        assertThat(heads.headCountProperty().get()).isEqualTo(2);
        assertThat(heads.imageProperty().get().head()).isEqualTo(1);
    }
}
