package org.emoscope.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.emoscope.corpus.Clip;
import org.emoscope.ui.controls.AttentionStrip;
import org.emoscope.ui.controls.SpectrogramView;
import org.emoscope.ui.prefs.PreferencesFile;
import org.emoscope.ui.results.RunRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the TestFX smoke tests, which walk the real workbench window ({@link WorkbenchApp}).
 * Every test gets a freshly started workbench in a new window, headless under Monocle with
 * software rendering (the surefire configuration in {@code pom.xml} sets this up, so no display is
 * needed), whose preferences file and runs folder lie in the test's temporary folder
 * ({@link #home}): no test reads or writes the user's own.
 *
 * <p>For subclasses: look nodes up by fx:id ({@link #byId}) or style class ({@link #byStyleClass});
 * read or change the scene graph only through {@link #onFx}; wait for what the user would wait for
 * with {@link #waitUntil} (never sleep); {@link #restart()} closes the workbench as the user would
 * (saving its preferences) and starts it again. Override {@link #beforeLaunch()} to prepare files,
 * e.g. a preferences file, before the first start.
 */
public abstract class WorkbenchTestBase {
    /**
     * How long any one wait may take before the test fails: a guard against a hang on a slow,
     * shared machine, not an expectation of speed (loading the demo model alone may take a while).
     */
    protected static final long WAIT_SECONDS = 240;

    /** The test's private folder: preferences file, runs folder and anything a test writes. */
    @TempDir
    protected Path home;

    protected final FxRobot robot = new FxRobot();
    /** The workbench window of the running workbench. */
    protected Stage stage;
    private Application app;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        // The workbench's window closes in every test; the toolkit must outlive it.
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    final void launchWorkbench() throws Exception {
        System.setProperty(PreferencesFile.PROPERTY, preferencesFile().toString());
        System.setProperty(RunsFolder.PROPERTY, runsFolder().toString());
        beforeLaunch();
        launch();
    }

    @AfterEach
    final void closeWorkbench() throws TimeoutException {
        try {
            if (app != null) {
                close();
            }
        } finally {
            System.clearProperty(PreferencesFile.PROPERTY);
            System.clearProperty(RunsFolder.PROPERTY);
        }
    }

    /** Called before the workbench first starts in a test; does nothing by default. */
    protected void beforeLaunch() throws Exception {
    }

    /** The preferences file the workbench reads and writes in this test. */
    protected Path preferencesFile() {
        return home.resolve("config").resolve("preferences.json");
    }

    /** The runs folder the workbench uses in this test (it need not exist). */
    protected Path runsFolder() {
        return home.resolve("runs");
    }

    /** Starts the workbench in a new window. */
    protected void launch() throws TimeoutException {
        stage = FxToolkit.registerStage(Stage::new);
        app = FxToolkit.setupApplication(this::newWorkbench);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The workbench a test starts; a test that answers the folder dialogs for the user gives its own. */
    protected WorkbenchApp newWorkbench() {
        return new WorkbenchApp();
    }

    /** Closes the workbench as the user would: its window closes, then it stops (saving preferences). */
    protected void close() throws TimeoutException {
        onFx(stage::close);
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    /** Closes the workbench and starts it again in a new window. */
    protected void restart() throws TimeoutException {
        close();
        launch();
    }

    /** Runs {@code query} on the FX thread and returns its result. */
    protected static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(query));
        } catch (TimeoutException e) {
            throw new AssertionError("The FX thread did not answer within " + WAIT_SECONDS + " s", e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it and the events it caused. */
    protected static void onFx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds.
     *
     * @param what what is awaited, for the failure message ("the first clip's spectrogram is drawn")
     */
    protected static void waitUntil(String what, Callable<Boolean> condition) {
        waitUntil(what, condition, () -> "");
    }

    /**
     * Waits until {@code condition}, evaluated on the FX thread, holds; on failure the message
     * adds what {@code state}, also evaluated on the FX thread, says about the window then.
     */
    protected static void waitUntil(String what, Callable<Boolean> condition, Callable<String> state) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("Waited " + WAIT_SECONDS + " s in vain until " + what + ". " + onFx(state), e);
        }
    }

    /**
     * Waits until {@code condition}, evaluated on the test thread (e.g. reading a file the workbench
     * writes), holds; on failure the message adds what {@code state}, also evaluated there, says then.
     */
    protected static void waitOffFxUntil(String what, Callable<Boolean> condition, Callable<String> state) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            String found;
            try {
                found = state.call();
            } catch (Exception stateError) {
                found = stateError.toString();
            }
            throw new AssertionError("Waited " + WAIT_SECONDS + " s in vain until " + what + ". " + found, e);
        }
    }

    /** The node with fx:id {@code id} in the workbench window; fails when there is none. */
    protected <T extends Node> T byId(String id, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup("#" + id).queryAs(type);
    }

    /** The first node with style class {@code styleClass} in the workbench window; fails when there is none. */
    protected <T extends Node> T byStyleClass(String styleClass, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup("." + styleClass).queryAs(type);
    }

    @SuppressWarnings("unchecked")
    protected TableView<Clip> clipTable() {
        return byId("clip-table", TableView.class);
    }

    /** The Results tab's table of runs. */
    @SuppressWarnings("unchecked")
    protected TableView<RunRow> runsTable() {
        return byId("runs-table", TableView.class);
    }

    protected TabPane tabs() {
        return byId("workbench-tabs", TabPane.class);
    }

    protected SpectrogramView spectrogram() {
        return byId("spectrogram", SpectrogramView.class);
    }

    protected AttentionStrip attentionStrip() {
        return byId("attention-strip", AttentionStrip.class);
    }

    /** The text of the {@link Labeled} (label, button…) with fx:id {@code id}. */
    protected String textOf(String id) {
        return onFx(() -> byId(id, Labeled.class).getText());
    }

    /** Clicks the header of the tab titled {@code title}, as the user would. */
    protected void selectTab(String title) {
        Node header = onFx(() -> robot.from(tabs()).lookup(".tab-label")
                .match((Labeled label) -> title.equals(label.getText())).query());
        robot.clickOn(header);
        waitUntil("the " + title + " tab is selected",
                () -> title.equals(tabs().getSelectionModel().getSelectedItem().getText()));
    }

    /** Waits until the corpus browser lists clips (the workbench opens corpora in the background). */
    protected void waitForClips() {
        waitUntil("the corpus browser lists clips", () -> !clipTable().getItems().isEmpty());
    }

    /** Clicks the clip table's row {@code index} (scrolling it into view) and returns its clip. */
    protected Clip clickClipRow(int index) {
        return clickRow(clipTable(), index);
    }

    /** Clicks {@code table}'s row {@code index} (scrolling it into view) and returns its item. */
    protected <T> T clickRow(TableView<T> table, int index) {
        onFx(() -> table.scrollTo(index));
        // The table also keeps hidden rows for measuring; only a shown one can be clicked.
        Node row = onFx(() -> robot.from(table).lookup(".table-row-cell")
                .match((TableRow<?> candidate) -> candidate.getIndex() == index && isShown(candidate)).query());
        T item = onFx(() -> table.getItems().get(index));
        robot.clickOn(row);
        return item;
    }

    /** Whether {@code node} is in a scene and it and all its parents are visible. */
    protected static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /**
     * Waits until the clip view shows {@code clip} fully: its title, its spectrogram, and the demo
     * model's attention weights, with nothing left loading.
     */
    protected void waitForClipWithAttention(Clip clip) {
        waitForClipWithAttention(clip.relativePath());
    }

    /** As {@link #waitForClipWithAttention(Clip)}, for the clip at {@code relativePath} in its corpus. */
    protected void waitForClipWithAttention(String relativePath) {
        waitUntil("the clip view shows " + relativePath + " with its spectrogram and attention",
                () -> textOf("clip-title").startsWith(relativePath + " ·")
                        && !byId("clip-busy", Node.class).isVisible()
                        && spectrogram().hasSpectrogram() && attentionStrip().showsWeights(),
                () -> "Title: " + textOf("clip-title") + "; busy: " + byId("clip-busy", Node.class).isVisible()
                        + "; spectrogram: " + spectrogram().hasSpectrogram()
                        + "; attention: " + attentionStrip().showsWeights()
                        + "; model: " + textOf("model-status") + "; error: " + textOf("clip-error"));
    }

    /**
     * The share of {@code node}'s pixels, as drawn now, that are clearly coloured rather than grey:
     * the spectrogram's and attention's colormap is, their labels and background are not.
     */
    protected static double colouredShare(Node node) {
        Image image = onFx(() -> node.snapshot(null, null));
        PixelReader pixels = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        long coloured = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = pixels.getArgb(x, y);
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    coloured++;
                }
            }
        }
        return width * height == 0 ? 0 : (double) coloured / ((long) width * height);
    }
}
