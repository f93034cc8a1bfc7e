package org.emoscope.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.corpus.Speaker;
import org.emoscope.experiment.AuditEntry;
import org.emoscope.experiment.ClipKey;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.Verdict;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.ui.TestCorpora;
import org.emoscope.ui.TestRuns;
import org.emoscope.ui.WorkbenchSelection;
import org.emoscope.ui.Workspace;
import org.emoscope.ui.audit.RunVerdicts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's view model, without a JavaFX toolkit: imports run on the test thread. */
class CorpusBrowserViewModelTest {
    @TempDir
    Path dir;

    private final Workspace workspace = new Workspace(TestCorpora.reader(), new CurrentThreadTaskExecutor());
    private final CorpusBrowserViewModel viewModel = new CorpusBrowserViewModel(workspace, new CurrentThreadTaskExecutor());

    private Path emoDb(String... names) throws IOException {
        return TestCorpora.emoDb(dir.resolve("emodb"), names);
    }

    @Test
    void openingACorpusListsItsClipsAndItsProblems() throws IOException {
        Path corpus = emoDb("03a01Fa.wav", "08a02Wb.wav", "03a01Xa.wav");

        workspace.open(List.of(corpus));

        assertThat(viewModel.visibleClips()).extracting(c -> c.relativePath())
                .containsExactly("03a01Fa.wav", "08a02Wb.wav");
        assertThat(workspace.problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("03a01Xa.wav"));
        assertThat(workspace.importingProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("2 of 2 clips shown · 1 corpora · 1 problems");
    }

    @Test
    void theFirstClipIsSelectedOnceACorpusOpensAndASelectionIsKept() throws IOException {
        workspace.open(List.of(emoDb("03a01Fa.wav", "08a02Wb.wav")));
        assertThat(viewModel.selectedClipProperty().get().relativePath()).isEqualTo("03a01Fa.wav");

        viewModel.selectedClipProperty().set(viewModel.visibleClips().get(1));
        workspace.open(List.of(dir.resolve("emodb")));

        assertThat(viewModel.selectedClipProperty().get().relativePath()).isEqualTo("08a02Wb.wav");
    }

    @Test
    void searchTextFiltersBySpeakerEmotionOrFileName() throws IOException {
        workspace.open(List.of(emoDb("03a01Fa.wav", "08a02Wb.wav", "08b01Lc.wav")));

        viewModel.searchTextProperty().set("emodb:08");
        assertThat(viewModel.visibleClips()).hasSize(2);

        viewModel.searchTextProperty().set("ANGER");
        assertThat(viewModel.visibleClips()).extracting(c -> c.relativePath()).containsExactly("08a02Wb.wav");
        assertThat(viewModel.statusProperty().get()).startsWith("1 of 3 clips shown");

        viewModel.searchTextProperty().set("  ");
        assertThat(viewModel.visibleClips()).hasSize(3);
    }

    private List<String> shown(CorpusBrowserViewModel browser) {
        return browser.visibleClips().stream().map(Clip::relativePath).toList();
    }

    /** A browser sharing {@code selection} over four EMO-DB clips; {@link #run} tests speaker 03's three. */
    private CorpusBrowserViewModel browserWithRun(WorkbenchSelection selection, RunVerdicts verdicts)
            throws IOException {
        CorpusBrowserViewModel browser = new CorpusBrowserViewModel(new Workspace(TestCorpora.reader(),
                new CurrentThreadTaskExecutor()), selection, verdicts);
        browser.workspace().open(List.of(emoDb("03a01Wa.wav", "03a01Aa.wav", "03a02Na.wav", "08a01Wa.wav")));
        return browser;
    }

    private static RunVerdicts verdicts(WorkbenchSelection selection) {
        return new RunVerdicts(selection, new CurrentThreadTaskExecutor(), Clock.systemUTC());
    }

    /** The open clip of {@code speaker} at {@code path}, whichever run is selected. */
    private static Clip clip(CorpusBrowserViewModel browser, String speaker, String path) {
        return browser.visibleClips().stream()
                .filter(clip -> clip.speaker().key().equals(speaker) && clip.relativePath().equals(path))
                .findFirst().orElseThrow();
    }

    private RunResults run(CorpusBrowserViewModel browser, String name) throws IOException {
        Clip angry = clip(browser, "emodb:03", "03a01Wa.wav");
        Clip fearful = clip(browser, "emodb:03", "03a01Aa.wav");
        Clip neutral = clip(browser, "emodb:03", "03a02Na.wav");
        return TestRuns.write(dir.resolve(name), dir.resolve("emodb/wav"), List.of(TestRuns.prediction(angry, Emotion.ANGER),
                TestRuns.prediction(fearful, Emotion.ANGER), TestRuns.prediction(neutral, Emotion.FEAR)));
    }

    @Test
    void filtersCombineAndTheStatusCountsWhatIsShown() throws IOException {
        workspace.open(List.of(emoDb("03a01Fa.wav", "03a01Wa.wav", "08a02Wb.wav", "08b01Lc.wav", "08b02Wc.wav")));

        viewModel.emotionFilter().add(Emotion.ANGER);
        assertThat(shown(viewModel)).containsExactly("03a01Wa.wav", "08a02Wb.wav", "08b02Wc.wav");
        viewModel.emotionFilter().add(Emotion.BOREDOM);
        assertThat(shown(viewModel)).as("several emotions at once")
                .containsExactly("03a01Wa.wav", "08a02Wb.wav", "08b01Lc.wav", "08b02Wc.wav");
        viewModel.emotionFilter().remove(Emotion.BOREDOM);
        viewModel.speakerFilter().add(SpeakerChoice.of(new Speaker(CorpusKind.EMODB, "08")));
        assertThat(shown(viewModel)).containsExactly("08a02Wb.wav", "08b02Wc.wav");
        viewModel.speakerFilter().add(SpeakerChoice.of(new Speaker(CorpusKind.EMODB, "03")));
        assertThat(shown(viewModel)).as("several speakers at once")
                .containsExactly("03a01Wa.wav", "08a02Wb.wav", "08b02Wc.wav");
        viewModel.speakerFilter().remove(SpeakerChoice.of(new Speaker(CorpusKind.EMODB, "03")));
        viewModel.searchTextProperty().set("b02");
        assertThat(shown(viewModel)).containsExactly("08b02Wc.wav");
        assertThat(viewModel.statusProperty().get()).isEqualTo("1 of 5 clips shown · 1 corpora · 0 problems");

        viewModel.corpusFilterProperty().set(new Corpus(CorpusKind.SAVEE, dir.resolve("savee"), List.of(), List.of()));
        assertThat(viewModel.speakerFilter()).as("not a SAVEE speaker").isEmpty();
        assertThat(shown(viewModel)).isEmpty();
        viewModel.corpusFilterProperty().set(null);
        viewModel.emotionFilter().clear();
        viewModel.searchTextProperty().set("");
        assertThat(shown(viewModel)).hasSize(5);
    }

    @Test
    void filterChoicesNameWhatIsOpen() throws IOException {
        workspace.open(List.of(emoDb("03a01Fa.wav", "08a02Wb.wav")));

        assertThat(viewModel.corpusChoices()).extracting(c -> c == null ? "all" : workspace.labelOf(c))
                .containsExactly("all", "EMO-DB · emodb");
        assertThat(viewModel.languageChoices()).containsExactly(null, Language.DE);
        assertThat(viewModel.speakerChoices()).extracting(viewModel::labelOf).containsExactly("emodb:03", "emodb:08");
        assertThat(viewModel.emotionChoices()).containsExactly(Emotion.ANGER, Emotion.HAPPINESS);

        viewModel.languageFilterProperty().set(Language.EN);
        assertThat(viewModel.speakerChoices()).isEmpty();
    }

    @Test
    void anotherCopyOfTheRunsCorpusShowsNoneOfTheRunsPredictionsOrVerdicts() throws IOException {
        WorkbenchSelection selection = new WorkbenchSelection();
        RunVerdicts verdicts = verdicts(selection);
        CorpusBrowserViewModel browser = browserWithRun(selection, verdicts);
        Path copy = Files.createDirectories(dir.resolve("copy/emodb/wav"));
        for (String name : List.of("03a01Wa.wav", "03a01Aa.wav")) {
            Files.createFile(copy.resolve(name));
        }
        browser.workspace().open(List.of(copy.getParent()));
        RunResults run = run(browser, "run");
        Clip copied = browser.visibleClips().stream()
                .filter(clip -> clip.path().equals(copy.resolve("03a01Aa.wav"))).findFirst().orElseThrow();
        Clip own = clip(browser, "emodb:03", "03a01Aa.wav");
        selection.runProperty().set(run);
        verdicts.put(ClipKey.of(own), new AuditEntry(ClipKey.of(own), "fear", "anger", Verdict.LABEL_WRONG,
                "", Instant.EPOCH));

        assertThat(own.path()).isNotEqualTo(copied.path());
        assertThat(browser.predictionOf(own)).isPresent();
        assertThat(browser.verdictOf(own)).contains(Verdict.LABEL_WRONG);
        assertThat(browser.predictionOf(copied)).isEmpty();
        assertThat(browser.verdictOf(copied)).isEmpty();
        assertThat(browser.workspace().find(run, "emodb:03", "03a01Aa.wav")).contains(own);
        assertThat(browser.statusProperty().get()).startsWith("6 of 6 clips shown (3 tested by run: 2 misclassified, 1 audited)");
        assertThat(browser.corpusChoices()).extracting(c -> c == null ? "all" : browser.workspace().labelOf(c)).containsExactly("all",
                "EMO-DB · emodb (" + dir.resolve("emodb/wav") + ")", "EMO-DB · emodb (" + copy + ")");
        assertThat(browser.workspace().corpusLabelOf(copied)).isEqualTo("EMO-DB · emodb (" + copy + ")");
        browser.corpusFilterProperty().set(browser.corpusChoices().get(2));
        assertThat(browser.visibleClips()).hasSize(2).contains(copied).allMatch(clip -> clip.path().startsWith(copy));
        browser.corpusFilterProperty().set(null);
        assertThat(browser.speakerChoices()).extracting(browser::labelOf).containsExactly(
                "emodb:03 · " + copy, "emodb:03 · " + dir.resolve("emodb/wav"), "emodb:08 · " + dir.resolve("emodb/wav"));
        browser.speakerFilter().add(new SpeakerChoice(own.speaker(), own.corpusRoot()));
        assertThat(browser.visibleClips()).hasSize(3).allMatch(clip -> clip.corpusRoot().equals(own.corpusRoot()));
    }

    @Test
    void misclassifiedOnlyFollowsTheSelectedRun() throws IOException {
        WorkbenchSelection selection = new WorkbenchSelection();
        CorpusBrowserViewModel browser = browserWithRun(selection, verdicts(selection));
        RunResults run = run(browser, "run");
        Clip angry = clip(browser, "emodb:03", "03a01Wa.wav");
        RunResults other = TestRuns.write(dir.resolve("other"), dir.resolve("emodb/wav"), List.of(TestRuns.prediction(angry, Emotion.FEAR)));

        selection.runProperty().set(run);
        browser.misclassifiedOnlyProperty().set(true);
        assertThat(shown(browser)).containsExactly("03a01Aa.wav", "03a02Na.wav");

        selection.runProperty().set(other);
        assertThat(shown(browser)).containsExactly("03a01Wa.wav");

        selection.runProperty().set(null);
        assertThat(browser.misclassifiedOnlyProperty().get()).isFalse();
        assertThat(shown(browser)).hasSize(4);
    }

    @Test
    void runColumnsShowThePredictionAndTheVerdictOfEachClip() throws IOException {
        WorkbenchSelection selection = new WorkbenchSelection();
        RunVerdicts verdicts = verdicts(selection);
        CorpusBrowserViewModel browser = browserWithRun(selection, verdicts);
        Clip fearful = clip(browser, "emodb:03", "03a01Aa.wav");
        assertThat(browser.predictionOf(fearful)).isEmpty();
        assertThat(browser.runSelectedProperty().get()).isFalse();

        selection.runProperty().set(run(browser, "run"));
        verdicts.put(ClipKey.of(fearful), new AuditEntry(ClipKey.of(fearful), "fear", "anger", Verdict.LABEL_WRONG,
                "", Instant.EPOCH));

        assertThat(browser.runSelectedProperty().get()).isTrue();
        assertThat(browser.predictionOf(fearful)).contains(new RunPrediction("anger", 0.6, false));
        assertThat(browser.verdictOf(fearful)).contains(Verdict.LABEL_WRONG);
        assertThat(browser.predictionOf(clip(browser, "emodb:08", "08a01Wa.wav"))).isEmpty();
        assertThat(browser.statusProperty().get()).isEqualTo(
                "4 of 4 clips shown (3 tested by run: 2 misclassified, 1 audited) · 1 corpora · 0 problems");
    }

    @Test
    void theAuditFilterKeepsTheClipBeingAuditedUntilTheUserMovesOn() throws IOException {
        WorkbenchSelection selection = new WorkbenchSelection();
        RunVerdicts verdicts = verdicts(selection);
        CorpusBrowserViewModel browser = browserWithRun(selection, verdicts);
        browser.selectedClipProperty().bindBidirectional(selection.clipProperty());
        selection.runProperty().set(run(browser, "run"));

        browser.auditFilterProperty().set(AuditFilter.UNAUDITED);
        assertThat(shown(browser)).containsExactly("03a01Aa.wav", "03a01Wa.wav", "03a02Na.wav");

        Clip fearful = clip(browser, "emodb:03", "03a01Aa.wav");
        browser.browse(fearful);
        verdicts.put(ClipKey.of(fearful), new AuditEntry(ClipKey.of(fearful), "fear", "anger", Verdict.MODEL_WRONG,
                "", Instant.EPOCH));
        assertThat(shown(browser)).as("still in view").contains("03a01Aa.wav");

        selection.step(1);
        assertThat(selection.clipProperty().get().relativePath()).isEqualTo("03a01Wa.wav");
        assertThat(shown(browser)).containsExactly("03a01Wa.wav", "03a02Na.wav");

        browser.auditFilterProperty().set(AuditFilter.of(Verdict.MODEL_WRONG));
        assertThat(shown(browser)).containsExactly("03a01Aa.wav");
    }

    @Test
    void browsingMakesTheShownClipsInTableOrderTheNavigationList() throws IOException {
        WorkbenchSelection selection = new WorkbenchSelection();
        CorpusBrowserViewModel browser = browserWithRun(selection, verdicts(selection));
        browser.selectedClipProperty().bindBidirectional(selection.clipProperty());
        ObservableList<Clip> elsewhere = FXCollections.observableArrayList(
                clip(browser, "emodb:08", "08a01Wa.wav"));

        selection.navigationListProperty().set(elsewhere);
        selection.clipProperty().set(elsewhere.get(0));
        assertThat(selection.navigationListProperty().get()).as("shown from elsewhere").isSameAs(elsewhere);

        browser.sortedClips().setComparator(Comparator.comparing(Clip::relativePath).reversed());
        browser.browse(clip(browser, "emodb:08", "08a01Wa.wav"));
        selection.step(1);
        assertThat(selection.clipProperty().get().relativePath()).isEqualTo("03a02Na.wav");

        selection.navigationListProperty().set(elsewhere);
        browser.emotionFilter().add(Emotion.ANGER);
        assertThat(selection.navigationListProperty().get()).extracting(Clip::relativePath)
                .containsExactly("08a01Wa.wav", "03a01Wa.wav");
    }

}
