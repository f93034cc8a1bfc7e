package org.emoscope.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.Clip;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.RunEnvironment;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.TestCorpora;
import org.emoscope.ui.WorkbenchSelection;
import org.emoscope.ui.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The session's preferences without a JavaFX toolkit: imports and saves run on the test thread. */
class PreferencesModelTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final LogCapture log = new LogCapture(PreferencesModel.class);

    private final TaskExecutor executor = new CurrentThreadTaskExecutor();
    private final Workspace workspace = new Workspace(TestCorpora.reader(), executor);
    private Path samples;
    private PreferencesFile file;

    @BeforeEach
    void bundledSamples() throws IOException {
        samples = dir.resolve("sample-audio");
        TestCorpora.emoDb(samples.resolve("emodb"), "03a01Fa.wav");
        System.setProperty(BundledSamples.PROPERTY, samples.toString());
        file = new PreferencesFile(dir.resolve("config/preferences.json"));
    }

    @AfterEach
    void forgetBundledSamples() {
        System.clearProperty(BundledSamples.PROPERTY);
    }

    private PreferencesModel model(WorkbenchPreferences saved) {
        return new PreferencesModel(file, saved, samples);
    }

    @Test
    void withoutRememberedCorporaTheBundledSamplesOpen() {
        model(WorkbenchPreferences.DEFAULT).openCorpora(workspace, executor);

        assertThat(workspace.clips()).extracting(Clip::path)
                .containsExactly(samples.resolve("emodb/wav/03a01Fa.wav").toAbsolutePath());
    }

    @Test
    void theRememberedCorporaOpenInsteadOfTheSamplesWhenTheSamplesWereClosed() throws IOException {
        Path mine = TestCorpora.emoDb(dir.resolve("my-emodb"), "08a02Wb.wav", "10b01Lb.wav");

        model(WorkbenchPreferences.DEFAULT.withCorpora(List.of(mine)).withSampleCorpora(false))
                .openCorpora(workspace, executor);

        assertThat(workspace.clips()).extracting(Clip::relativePath).containsExactly("08a02Wb.wav", "10b01Lb.wav");
    }

    @Test
    void samplesOpenBesideAnotherCorpusComeBackWithItAfterARestart() throws IOException {
        model(WorkbenchPreferences.DEFAULT).openCorpora(workspace, executor);
        workspace.open(List.of(TestCorpora.emoDb(dir.resolve("my-emodb"), "08a02Wb.wav")));
        assertThat(file.read().sampleCorpora()).isTrue();

        Workspace nextSession = new Workspace(TestCorpora.reader(), executor);
        model(file.read()).openCorpora(nextSession, executor);

        assertThat(nextSession.clips()).extracting(Clip::relativePath)
                .containsExactlyInAnyOrder("03a01Fa.wav", "08a02Wb.wav");
    }

    @Test
    void aCorpusOpenedLaterIsRememberedAndSavedButTheSamplesAreNot() throws IOException {
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT);
        preferences.openCorpora(workspace, executor);
        Path mine = TestCorpora.emoDb(dir.resolve("my-emodb"), "08a02Wb.wav");

        workspace.open(List.of(mine));

        List<Path> remembered = file.read().corpora();
        assertThat(remembered).singleElement().satisfies(root -> assertThat(root).startsWith(mine.toAbsolutePath()));
        assertThat(preferences.current().corpora()).isEqualTo(remembered);
    }

    @Test
    void aCorpusOpenedAfterAGarbageCollectionIsStillRemembered() throws IOException {
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT);
        preferences.openCorpora(workspace, executor);
        Path mine = TestCorpora.emoDb(dir.resolve("my-emodb"), "08a02Wb.wav");
        // The preferences follow the workspace's corpora for the whole session, whatever is collected meanwhile.
        System.gc();

        workspace.open(List.of(mine));

        assertThat(preferences.current().corpora()).singleElement()
                .satisfies(root -> assertThat(root).startsWith(mine.toAbsolutePath()));
    }

    @Test
    void aRememberedCorpusFolderReopensTheSameClips() throws IOException {
        Path mine = TestCorpora.emoDb(dir.resolve("my-emodb"), "08a02Wb.wav");
        model(WorkbenchPreferences.DEFAULT).openCorpora(workspace, executor);
        workspace.open(List.of(mine));
        Workspace nextSession = new Workspace(TestCorpora.reader(), executor);

        model(file.read()).openCorpora(nextSession, executor);

        assertThat(nextSession.clips()).extracting(Clip::path).containsExactlyInAnyOrder(
                mine.resolve("wav/08a02Wb.wav").toAbsolutePath(), samples.resolve("emodb/wav/03a01Fa.wav").toAbsolutePath());
    }

    @Test
    void aRememberedFolderThatIsGoneIsReportedAndStillRemembered() {
        Path gone = dir.resolve("unplugged-drive/savee");
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT.withCorpora(List.of(gone)));

        preferences.openCorpora(workspace, executor);

        assertThat(workspace.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.source()).isEqualTo(gone.toString()));
        assertThat(preferences.current().corpora()).containsExactly(gone);
    }

    @Test
    void savingWritesTheWindowLayoutAsTheWindowReportsIt() {
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT.withRunsFolder(Path.of("/srv/runs")));
        WindowLayout layout = new WindowLayout(new WindowBounds(5, 6, 700, 500), false,
                Map.of("corpus", List.of(0.4)), "Training");
        preferences.followWindowLayout(() -> layout);

        preferences.save();

        assertThat(file.read()).isEqualTo(new WorkbenchPreferences(layout, List.of(), null, Path.of("/srv/runs")));
    }

    @Test
    void untilAWindowReportsItsLayoutTheSavedOneIsKept() {
        WindowLayout saved = new WindowLayout(null, true, Map.of(), "Results");
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT.withWindow(saved));

        assertThat(preferences.savedWindowLayout()).isEqualTo(saved);
        assertThat(preferences.current().window()).isEqualTo(saved);
    }

    @Test
    void theSelectedRunIsRememberedAndForgottenWhenCleared() throws IOException {
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT);
        WorkbenchSelection selection = new WorkbenchSelection();
        preferences.followRun(selection);
        RunResults run = RunResults.read(finishedRun("run-a"));

        selection.runProperty().set(run);
        assertThat(preferences.current().lastRun()).isEqualTo(run.directory());

        selection.runProperty().set(null);
        assertThat(preferences.current().lastRun()).isNull();
    }

    @Test
    void theLastRunIsOpenedAgainUnlessAnotherWasSelectedMeanwhile() throws IOException {
        Path run = finishedRun("run-a");
        WorkbenchSelection selection = new WorkbenchSelection();
        List<Path> opened = new ArrayList<>();

        model(WorkbenchPreferences.DEFAULT.withLastRun(run)).restoreLastRun(selection, opened::add, executor);
        assertThat(opened).containsExactly(run);

        selection.runProperty().set(RunResults.read(finishedRun("run-b")));
        model(WorkbenchPreferences.DEFAULT.withLastRun(run)).restoreLastRun(selection, opened::add, executor);
        assertThat(opened).as("the user's choice wins").containsExactly(run);
    }

    @Test
    void aRunsFolderTheUserChoosesIsRemembered() {
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT);
        ObjectProperty<Path> folder = new SimpleObjectProperty<>(Path.of("/home/me/emoscope/runs"));
        preferences.followRunsFolder(folder, executor);

        folder.set(Path.of("/srv/project/runs"));

        assertThat(preferences.current().runsFolder()).isEqualTo(Path.of("/srv/project/runs"));
    }

    @Test
    void aLastRunThatIsGoneIsLoggedAndForgotten() {
        Path gone = dir.resolve("runs/deleted");
        WorkbenchSelection selection = new WorkbenchSelection();
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT.withLastRun(gone));
        preferences.followRun(selection);

        preferences.restoreLastRun(selection, run -> { }, executor);

        assertThat(selection.runProperty().get()).isNull();
        assertThat(preferences.current().lastRun()).isNull();
        assertThat(log.warnings()).singleElement().asString().contains(gone.toString());
    }

    @Test
    void theRunsFolderComesFromThePreferencesUnlessTheSystemPropertySaysOtherwise() {
        PreferencesModel preferences = model(WorkbenchPreferences.DEFAULT.withRunsFolder(Path.of("/srv/runs")));
        String before = System.getProperty("emoscope.runs");
        try {
            System.clearProperty("emoscope.runs");
            assertThat(preferences.runsFolder()).isEqualTo(Path.of("/srv/runs"));
            System.setProperty("emoscope.runs", "/from/property");
            assertThat(preferences.runsFolder()).isEqualTo(Path.of("/from/property"));
        } finally {
            if (before == null) {
                System.clearProperty("emoscope.runs");
            } else {
                System.setProperty("emoscope.runs", before);
            }
        }
    }

    private Path finishedRun(String name) throws IOException {
        Path run = dir.resolve("runs").resolve(name);
        RunEnvironment environment = RunEnvironment.current("CPU", "CPU", 1L, Map.of(), Instant.parse("2024-05-01T10:15:30Z"));
        try (ExperimentFolder folder = ExperimentFolder.create(run, Map.of("preset", "compact"), environment)) {
            folder.markDone();
        }
        return run;
    }
}
