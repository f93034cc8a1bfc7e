package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.emoscope.corpus.Emotion;
import org.emoscope.experiment.DemoRun;
import org.emoscope.ui.prefs.PreferencesFile;
import org.emoscope.ui.prefs.WorkbenchPreferences;
import org.emoscope.ui.results.RunRow;
import org.junit.jupiter.api.Test;

/**
 * File → Runs folder… and File → Open run…, clicked as the user would. The platform's folder dialog cannot be driven
 * headless, so this test answers it ({@link FolderChooser}); everything after the answer is the workbench's own.
 */
class RunsFolderSmokeTest extends WorkbenchTestBase {
    /** What the folder dialog answers next; null: the user cancels. */
    private final AtomicReference<Path> answer = new AtomicReference<>();
    /** The titles of the dialogs shown, in order. */
    private final List<String> asked = new CopyOnWriteArrayList<>();

    @Override
    protected WorkbenchApp newWorkbench() {
        return new WorkbenchApp((owner, title, start) -> {
            asked.add(title);
            return Optional.ofNullable(answer.get());
        });
    }

    @Override
    protected void beforeLaunch() throws IOException {
        // The runs folder comes from the preferences, as for a user, not from the property that would override them.
        System.clearProperty(RunsFolder.PROPERTY);
        new PreferencesFile(preferencesFile()).write(WorkbenchPreferences.DEFAULT.withRunsFolder(runsFolder()));
    }

    @Test
    void theChosenRunsFolderIsListedAndStaysChosenAfterARestart() throws Exception {
        Path cluster = home.resolve("cluster-runs");
        finishedRun(cluster.resolve("grid-fold-03"));
        selectTab("Results");
        waitUntil("the demo run is listed", () -> runNames().contains(DemoRun.NAME), () -> "Runs: " + runNames());

        answer.set(cluster);
        chooseFromFileMenu("Runs folder…");

        waitUntil("the chosen folder's run is listed", () -> runNames().equals(List.of("grid-fold-03")),
                () -> "Runs: " + runNames());
        assertThat(asked).containsExactly("The folder whose runs the workbench lists and trains into");

        restart();
        selectTab("Results");
        waitUntil("the chosen folder is listed again", () -> runNames().contains("grid-fold-03"),
                () -> "Runs: " + runNames());
        assertThat(new PreferencesFile(preferencesFile()).read().runsFolder()).isEqualTo(cluster.toAbsolutePath());
    }

    @Test
    void aCancelledChoiceKeepsTheRunsFolder() {
        selectTab("Results");
        waitUntil("the demo run is listed", () -> runNames().contains(DemoRun.NAME), () -> "Runs: " + runNames());

        chooseFromFileMenu("Runs folder…");

        assertThat(asked).hasSize(1);
        assertThat(runNames()).contains(DemoRun.NAME);
        assertThat(textOf("results-status")).contains(runsFolder().toString());
    }

    @Test
    void aRunOpenedFromElsewhereIsSelectedWithItsFolderListed() throws Exception {
        Path shared = home.resolve("shared-runs");
        finishedRun(shared.resolve("colleagues-run"));
        finishedRun(shared.resolve("another-run"));
        waitForClips();

        answer.set(shared.resolve("colleagues-run"));
        chooseFromFileMenu("Open run…");

        waitUntil("the opened run is selected in Results", () -> {
            RunRow selected = runsTable().getSelectionModel().getSelectedItem();
            return selected != null && selected.name().equals("colleagues-run");
        }, () -> "Runs: " + runNames() + ", tab " + tabs().getSelectionModel().getSelectedItem().getText());
        assertThat(runNames()).containsExactlyInAnyOrder("colleagues-run", "another-run");
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getText())).isEqualTo("Results");
    }

    private void chooseFromFileMenu(String item) {
        // The menu bar's own "File": the import-problems table has a column of that name too.
        Node file = onFx(() -> robot.lookup(".menu-bar .menu").match((Labeled menu) -> "File".equals(menu.getText()))
                .query());
        robot.clickOn(file);
        waitUntil("the File menu shows " + item, () -> robot.lookup(item).tryQuery().isPresent(),
                () -> "Windows: " + robot.listWindows());
        robot.clickOn(item);
        onFx(() -> { });
    }

    private List<String> runNames() {
        return onFx(() -> runsTable().getItems().stream().map(RunRow::name).toList());
    }

    private static void finishedRun(Path directory) throws IOException {
        TestRuns.write(directory, TestRuns.EMODB_ROOT, List.of(TestRuns.prediction(
                TestRuns.emoDb("03", "03a01Wa.wav", Emotion.ANGER), Emotion.ANGER)));
    }
}
