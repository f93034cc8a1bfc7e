package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.emoscope.evaluation.ConfusionMatrix;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.AttentionGroup;
import org.emoscope.experiment.AuditEntry;
import org.emoscope.experiment.ClipKey;
import org.emoscope.experiment.DemoRun;
import org.emoscope.experiment.RunAudit;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.Verdict;
import org.emoscope.ui.audit.AuditView;
import org.emoscope.ui.controls.ArgbImage;
import org.emoscope.ui.controls.ConfusionMatrixView;
import org.emoscope.ui.controls.MatrixCell;
import org.emoscope.ui.results.CellClip;
import org.emoscope.ui.results.RunRow;
import org.junit.jupiter.api.Test;

/**
 * The Results workspace walked in the real window with the bundled demo run (28 test clips of
 * EMO-DB speaker 03, whose clips the sample corpus holds): its confusion matrix, the clips behind a
 * clicked cell, one of them in the clip view, and auditing them with the keyboard and the note field.
 */
class ResultsSmokeTest extends WorkbenchTestBase {
    private static final String NOTE = "sounds bored, not disgusted";

    @Test
    void aClickedMatrixCellListsItsClipsAndAPickedOneOpensInTheClipView() throws Exception {
        selectDemoRun();
        MatrixCell confusion = fullestCell(false);
        long count = onFx(() -> shownMatrix().count(confusion.trueClass(), confusion.predictedClass()));

        clickCell(confusion);

        waitUntil("the clicked cell's " + count + " clips are listed", () -> cellClips().getItems().size() == count,
                () -> "Listed: " + cellClips().getItems().size() + "; cell title: " + textOf("cell-title"));
        List<String> expected = predictionsOfDemoRun().stream()
                .filter(p -> p.trueClass() == confusion.trueClass() && p.predictedClass() == confusion.predictedClass())
                .map(Prediction::clipId).toList();
        assertThat(onFx(() -> cellClips().getItems().stream().map(CellClip::clipId).toList()))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(textOf("cell-title")).startsWith(onFx(() -> confusion.describe(shownMatrix())));
        ArgbImage picture = onFx(() -> matrixView().toImage(1, "demo-sample-emodb · counts"));
        int selectionPink = 0xFFFF3D7F;
        assertThat(java.util.Arrays.stream(picture.pixels()).filter(argb -> argb == selectionPink).count())
                .as("the picture has no selection outline").isZero();
        assertThat((double) picture.height()).as("a title band above the matrix")
                .isGreaterThan(onFx(() -> matrixView().getHeight()));

        CellClip picked = clickRow(cellClips(), count > 1 ? 1 : 0);

        waitForClipWithAttention(picked.clipId());
        assertThat(onFx(() -> cellClips().getSelectionModel().getSelectedItem())).isEqualTo(picked);
    }

    @Test
    void aVerdictKeyAndATypedNoteAreSavedInTheRunsAuditFileAndJWalksOnThroughTheCell() throws Exception {
        selectDemoRun();
        MatrixCell correct = fullestCell(true);
        long count = onFx(() -> shownMatrix().count(correct.trueClass(), correct.predictedClass()));
        assertThat(count).as("clips in the fullest cell of the diagonal").isGreaterThanOrEqualTo(3);
        clickCell(correct);
        waitUntil("the clicked cell's clips are listed", () -> cellClips().getItems().size() == count);
        CellClip first = clickRow(cellClips(), 0);
        waitForClipWithAttention(first.clipId());
        waitUntil("the audit bar takes a verdict for the clip", () -> !note().isDisabled(),
                () -> "Hint: " + textOf("audit-hint") + "; status: " + textOf("audit-status"));

        robot.type(KeyCode.DIGIT2);
        waitUntil("the verdict 'label wrong' is chosen", () -> verdictToggle(Verdict.LABEL_WRONG).isSelected());
        assertAuditBarWhole("after the first verdict key");
        robot.clickOn(note());
        robot.write(NOTE);
        waitUntil("the note is typed", () -> NOTE.equals(note().getText()));

        Path run = runsFolder().resolve(DemoRun.NAME);
        ClipKey firstKey = new ClipKey(first.speaker(), first.clipId());
        waitOffFxUntil(RunAudit.FILE_NAME + " holds the verdict and the whole note of " + first.clipId(),
                () -> RunAudit.open(run).entry(firstKey)
                        .filter(entry -> entry.verdict() == Verdict.LABEL_WRONG && NOTE.equals(entry.note()))
                        .isPresent(),
                () -> "Audit file: " + (Files.exists(run.resolve(RunAudit.FILE_NAME))
                        ? Files.readString(run.resolve(RunAudit.FILE_NAME)) : "none")
                        + "; status: " + textOf("audit-status"));
        AuditEntry saved = RunAudit.open(run).entry(firstKey).orElseThrow();
        assertThat(saved.trueLabel()).isEqualTo(first.trueLabel());
        assertThat(saved.predicted()).isEqualTo(first.predictedLabel());
        assertThat(Files.readString(run.resolve(RunAudit.FILE_NAME))).contains(Verdict.LABEL_WRONG.label(), NOTE);

        // Escape leaves the note field, so that J is a shortcut again rather than typing.
        robot.type(KeyCode.ESCAPE);
        waitUntil("the note field has let go of the focus", () -> !note().isFocused());
        assertAuditBarWhole("after a note and Esc");
        robot.type(KeyCode.J);
        showsCellClip(1);
        assertThat(onFx(() -> verdictToggle(Verdict.LABEL_WRONG).isSelected())).as("verdict of the next clip")
                .isFalse();
        assertThat(onFx(() -> note().getText())).as("note of the next clip").isEmpty();
        robot.type(KeyCode.DOWN);
        showsCellClip(2);

        robot.type(KeyCode.K);
        robot.type(KeyCode.UP);
        showsCellClip(0);
        waitUntil("the first clip's verdict and note come back", () -> verdictToggle(Verdict.LABEL_WRONG).isSelected()
                && NOTE.equals(note().getText()));
    }

    /** Selects the demo run in the runs table as the user would and waits for its confusion matrix. */
    @Test
    void theRunSelectedLastTimeIsSelectedInResultsAfterARestart() throws Exception {
        selectDemoRun();

        restart();

        waitUntil("the demo run is selected in the runs table again", () -> {
            RunRow selected = runsTable().getSelectionModel().getSelectedItem();
            return selected != null && selected.name().equals(DemoRun.NAME);
        }, () -> "Selected: " + runsTable().getSelectionModel().getSelectedItem());
        waitUntil("and its matrix is shown", () -> shownMatrix() != null);
    }

    @Test
    void theAttentionTabSurveysTheRunAndListsItsEmotionsBesideTheirLines() {
        selectDemoRun();
        Node attention = onFx(() -> robot.lookup(".tab").match((Node tab) -> tab.lookup(".tab-label") instanceof Labeled label
                && "Attention".equals(label.getText())).query());
        robot.clickOn(attention);
        Button survey = byId("attention-survey", Button.class);
        waitUntil("Survey can start", () -> isShown(survey) && !survey.isDisabled());

        robot.clickOn(survey);

        @SuppressWarnings("unchecked")
        TableView<AttentionGroup> table = byId("attention-table", TableView.class);
        waitUntil("the table lists the demo run's seven emotions", () -> table.getItems().size() == 7,
                () -> "Status: " + textOf("attention-status"));
        assertThat(textOf("attention-status")).isEqualTo("28 clips surveyed");
        assertThat(onFx(survey::isDisabled)).as("Survey once surveyed").isTrue();
    }

    private void selectDemoRun() {
        selectTab("Results");
        waitUntil("the runs table lists the demo run", () -> demoRunRow() >= 0,
                () -> "Runs: " + runsTable().getItems().stream().map(RunRow::name).toList());
        RunRow demo = clickRow(runsTable(), onFx(this::demoRunRow));
        assertThat(demo.name()).isEqualTo(DemoRun.NAME);
        waitUntil("the demo run's confusion matrix is shown",
                () -> shownMatrix() != null && isShown(matrixView()) && matrixView().getHeight() > 0);
        assertThat(onFx(() -> shownMatrix().total())).as("test clips of the demo run").isEqualTo(28);
    }

    private int demoRunRow() {
        List<RunRow> rows = runsTable().getItems();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).name().equals(DemoRun.NAME))
                .findFirst().orElse(-1);
    }

    /** The non-empty cell with the most clips on the diagonal ({@code correct}) or off it, the first of equals. */
    private MatrixCell fullestCell(boolean correct) {
        return onFx(() -> {
            ConfusionMatrix matrix = shownMatrix();
            MatrixCell fullest = null;
            long most = 0;
            for (int t = 0; t < matrix.classCount(); t++) {
                for (int p = 0; p < matrix.classCount(); p++) {
                    if ((t == p) == correct && matrix.count(t, p) > most) {
                        most = matrix.count(t, p);
                        fullest = new MatrixCell(t, p);
                    }
                }
            }
            assertThat(fullest).as((correct ? "a correct" : "a wrong") + " prediction in the demo run").isNotNull();
            return fullest;
        });
    }

    /**
     * Clicks {@code cell} with the mouse. Where the cell lies is asked of the view itself, through its
     * hover: synthetic mouse moves over the view (nothing is pressed) find a point of the cell, then
     * its edges; the robot then moves to its centre and clicks.
     */
    private void clickCell(MatrixCell cell) {
        ConfusionMatrixView view = matrixView();
        Point2D centre = onFx(() -> {
            Point2D local = centreOf(view, cell);
            view.fireEvent(mouseEvent(view, MouseEvent.MOUSE_EXITED, 0, 0));
            return view.localToScreen(local);
        });
        robot.moveTo(centre);
        // The pointer is over the cell itself, not the tooltip of a cell it passed on the way.
        waitUntil("the pointer hovers cell " + cell, () -> cell.equals(view.hoveredCellProperty().get()),
                () -> "Hovered: " + view.hoveredCellProperty().get());
        robot.clickOn(MouseButton.PRIMARY);
        waitUntil("the clicked cell " + cell + " is selected", () -> cell.equals(view.selectedCellProperty().get()),
                () -> "Selected: " + view.selectedCellProperty().get());
    }

    private static Point2D centreOf(ConfusionMatrixView view, MatrixCell cell) {
        // Drawn cells are at least 8 px high and wide, so a grid of 6 px meets every one.
        double step = 6;
        for (double y = 0; y < view.getHeight(); y += step) {
            for (double x = 0; x < view.getWidth(); x += step) {
                if (cell.equals(hoveredAt(view, x, y))) {
                    double left = edge(view, cell, x, y, -1, 0);
                    double right = edge(view, cell, x, y, 1, 0);
                    double top = edge(view, cell, x, y, 0, -1);
                    double bottom = edge(view, cell, x, y, 0, 1);
                    return new Point2D((left + right) / 2, (top + bottom) / 2);
                }
            }
        }
        throw new AssertionError("No point of the " + view.getWidth() + " × " + view.getHeight()
                + " matrix view hovers cell " + cell);
    }

    /** The last coordinate from (x, y) in direction (dx, dy), a pixel at a time, that still hovers {@code cell}. */
    private static double edge(ConfusionMatrixView view, MatrixCell cell, double x, double y, int dx, int dy) {
        while (cell.equals(hoveredAt(view, x + dx, y + dy))) {
            x += dx;
            y += dy;
        }
        return dx != 0 ? x : y;
    }

    private static MatrixCell hoveredAt(ConfusionMatrixView view, double x, double y) {
        view.fireEvent(mouseEvent(view, MouseEvent.MOUSE_MOVED, x, y));
        return view.hoveredCellProperty().get();
    }

    private static MouseEvent mouseEvent(ConfusionMatrixView view, EventType<MouseEvent> type,
                                         double x, double y) {
        // Given in scene coordinates; dispatching converts them to the view's.
        Point2D scene = view.localToScene(x, y);
        Point2D screen = view.localToScreen(x, y);
        return new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null);
    }

    /** Waits until the clip view shows the cell's clip at {@code index} and the cell's list has it selected. */
    private void showsCellClip(int index) {
        CellClip expected = onFx(() -> cellClips().getItems().get(index));
        waitForClipWithAttention(expected.clipId());
        waitUntil("the cell's list follows to " + expected.clipId(),
                () -> expected.equals(cellClips().getSelectionModel().getSelectedItem()));
    }

    private List<Prediction> predictionsOfDemoRun() throws Exception {
        return RunResults.read(runsFolder().resolve(DemoRun.NAME)).predictions().orElseThrow().predictions();
    }

    private ConfusionMatrix shownMatrix() {
        return matrixView().matrixProperty().get();
    }

    private ConfusionMatrixView matrixView() {
        return byId("confusion-matrix", ConfusionMatrixView.class);
    }


    @SuppressWarnings("unchecked")
    private TableView<CellClip> cellClips() {
        return byId("cell-clips", TableView.class);
    }

    /** Every part of the audit bar is shown, laid out and inside the bar (the repaint bug of issue #12 §1). */
    private void assertAuditBarWhole(String when) {
        AuditView bar = byStyleClass("audit-bar", AuditView.class);
        List<Node> parts = List.of(verdictToggle(Verdict.MODEL_WRONG), verdictToggle(Verdict.FINE), note(),
                byId("audit-status", Node.class));
        for (Node part : parts) {
            assertThat(onFx(() -> part.isVisible() && part.getScene() != null
                    && part.getBoundsInParent().getWidth() > 0
                    && bar.getLayoutBounds().contains(bar.sceneToLocal(part.localToScene(part.getLayoutBounds())))))
                    .as("%s is shown whole %s", part.getId(), when).isTrue();
        }
    }

    private TextField note() {
        return byId("audit-note", TextField.class);
    }

    private ToggleButton verdictToggle(Verdict verdict) {
        return byId("audit-" + AuditView.styleClass(verdict), ToggleButton.class);
    }
}
