package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.RunState;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.ui.results.RunRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Training workspace walked in the real window: a tiny training of the sample EMO-DB corpus
 * set up through the form's controls, started, and cancelled while it runs.
 */
class TrainingSmokeTest extends WorkbenchTestBase {
    private static final String RUN_NAME = "smoke-cancelled";
    private String userHome;

    @Override
    protected void beforeLaunch() {
        // The workbench caches features under the user's home; this test's training must not write there.
        userHome = System.getProperty("user.home");
        System.setProperty("user.home", home.resolve("user-home").toString());
    }

    @AfterEach
    void restoreUserHome() {
        if (userHome != null) {
            System.setProperty("user.home", userHome);
        }
    }

    @Test
    void aTinyTrainingShowsItsProgressAndCancelsIntoACancelledRun() throws Exception {
        waitForClips();
        selectTab("Training");
        chooseEmoDbAsTarget();
        click(byId("training-held-out", Node.class));
        click(onFx(() -> robot.from(byId("training-speakers", Node.class)).lookup(".check-box")
                .match((CheckBox box) -> "emodb:03".equals(box.getText())).query()));
        chooseCustomPreset();
        // A network this small trains an epoch of the sample in moments; so many epochs that the
        // training is certainly still running when Cancel is pressed, which stops it at the next batch.
        replaceText("training-filters", "4, 4, 4");
        replaceText("training-bottleneck", "8");
        replaceText("training-lstm-units", "4");
        replaceText("training-heads", "2");
        replaceText("training-epochs", "500");
        replaceText("training-batch-size", "16");
        replaceText("training-run-name", RUN_NAME);
        Button start = byId("training-start", Button.class);
        Button cancel = byId("training-cancel", Button.class);
        waitUntil("the form can start", () -> !start.isDisabled(), () -> "Problems: " + problemsShown());

        click(start);

        waitUntil("the training runs and shows its epochs' progress",
                () -> !cancel.isDisabled() && textOf("training-progress-text").contains(" · epoch ")
                        && isShown(byId("training-progress", ProgressBar.class))
                        && byId("training-progress", ProgressBar.class).getProgress() >= 0,
                () -> "Status: " + textOf("training-status") + "; progress: " + textOf("training-progress-text"));
        assertThat(onFx(start::isDisabled)).as("Start while training").isTrue();
        assertThat(textOf("training-status")).startsWith("Training " + RUN_NAME);

        click(cancel);

        waitUntil("the training has stopped", () -> cancel.isDisabled() && !start.isDisabled(),
                () -> "Status: " + textOf("training-status") + "; progress: " + textOf("training-progress-text"));
        assertThat(textOf("training-status")).startsWith("Cancelled " + RUN_NAME);
        Path run = runsFolder().resolve(RUN_NAME);
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            assertThat(folder.readStatus().state()).isEqualTo(RunState.CANCELLED);
        }
        selectTab("Results");
        waitUntil("the runs table lists the cancelled run",
                () -> runsTable().getItems().stream()
                        .anyMatch(row -> row.name().equals(RUN_NAME) && row.state() == RunState.CANCELLED),
                () -> "Runs: " + runsTable().getItems().stream().map(row -> row.name() + " " + row.state()).toList());
    }

    /** Picks the sample EMO-DB corpus in the target chooser, unless it is the target already. */
    private void chooseEmoDbAsTarget() {
        @SuppressWarnings("unchecked")
        ComboBox<Corpus> target = byId("training-target", ComboBox.class);
        waitUntil("the target chooser offers the sample EMO-DB corpus",
                () -> target.getItems().stream().anyMatch(corpus -> corpus.kind() == CorpusKind.EMODB));
        if (onFx(() -> target.getValue() != null && target.getValue().kind() == CorpusKind.EMODB)) {
            return;
        }
        click(target);
        click(popupLabel(text -> text.startsWith(CorpusKind.EMODB.displayName())));
        waitUntil("EMO-DB is the target", () -> target.getValue().kind() == CorpusKind.EMODB);
    }

    private void chooseCustomPreset() {
        @SuppressWarnings("unchecked")
        ChoiceBox<ArchitecturePreset> preset = byId("training-preset", ChoiceBox.class);
        click(preset);
        click(popupLabel(ArchitecturePreset.CUSTOM.label()::equals));
        waitUntil("the preset is custom", () -> preset.getValue() == ArchitecturePreset.CUSTOM);
    }

    /** The shown label, in a popup (a chooser's list) rather than the window, whose text passes {@code text}. */
    private Node popupLabel(Predicate<String> text) {
        waitUntil("the chooser's list is open", () -> findPopupLabel(text) != null);
        return onFx(() -> findPopupLabel(text));
    }

    private Node findPopupLabel(Predicate<String> text) {
        return robot.lookup((Node node) -> node instanceof Labeled labeled && labeled.getText() != null
                        && text.test(labeled.getText()) && node.getScene() != stage.getScene() && isShown(node))
                .query();
    }

    /** Selects all of a text field's text and types {@code text} over it, as the user would. */
    private void replaceText(String id, String text) {
        TextField field = byId(id, TextField.class);
        // A click can miss when the form's layout shifts under the moving pointer (a problem line
        // appears or goes); the keys would then land in another field, so click until this one has focus.
        for (int clicks = 0; !onFx(field::isFocused); clicks++) {
            if (clicks == 3) {
                throw new AssertionError("Three clicks on " + id + " did not give it the keyboard focus; "
                        + "it is with " + onFx(() -> stage.getScene().getFocusOwner()));
            }
            click(field);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
        waitUntil(id + " reads '" + text + "'", () -> text.equals(field.getText()),
                () -> id + " reads '" + field.getText() + "'");
    }

    /** Clicks {@code node} after scrolling the form, if it lies in it, to show it. */
    private void click(Node node) {
        onFx(() -> scrollIntoView(node));
        robot.clickOn(node);
    }

    private static void scrollIntoView(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double viewport = scroll.getViewportBounds().getHeight();
                double overflow = content.getLayoutBounds().getHeight() - viewport;
                double shownFrom = viewportTop(scroll, overflow);
                if (overflow > 0 && (bounds.getMinY() < shownFrom || bounds.getMaxY() > shownFrom + viewport)) {
                    double top = Math.max(0, Math.min(overflow, bounds.getMinY() - viewport / 3));
                    scroll.setVvalue(scroll.getVmin() + top / overflow * (scroll.getVmax() - scroll.getVmin()));
                }
                return;
            }
        }
    }

    /** Where the viewport's top lies in the content, in the content's coordinates. */
    private static double viewportTop(ScrollPane scroll, double overflow) {
        return (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * overflow;
    }

    /** Every problem the form shows, beside its field or in the list. */
    private String problemsShown() {
        return robot.from(stage.getScene().getRoot()).lookup(".field-problem")
                .match((Labeled label) -> isShown(label) && !label.getText().isEmpty())
                .queryAllAs(Labeled.class).stream().map(Labeled::getText).distinct().toList().toString();
    }
}
