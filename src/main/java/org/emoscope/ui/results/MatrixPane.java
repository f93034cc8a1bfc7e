package org.emoscope.ui.results;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emoscope.ui.controls.ConfusionMatrixView;
import org.emoscope.ui.controls.MatrixValues;

/**
 * The confusion-matrix tab: fold chooser, counts / row-percent toggle and exports above; the matrix
 * beside the clips of the clicked cell, which play in the clip view when picked. FX thread only.
 */
final class MatrixPane extends BorderPane {
    private final ResultsViewModel results;
    private final MatrixViewModel viewModel;
    private final ConfusionMatrixView matrixView = new ConfusionMatrixView();
    private final TableView<CellClip> clipTable = new TableView<>();
    /** Set while the table follows the clip view, so that following does not play the clip again. */
    private boolean following;

    MatrixPane(ResultsViewModel results) {
        this.results = results;
        this.viewModel = results.matrix();
        getStyleClass().add("matrix-pane");
        matrixView.setId("confusion-matrix");
        matrixView.matrixProperty().bind(viewModel.matrixProperty());
        matrixView.valuesProperty().bind(viewModel.valuesProperty());
        matrixView.selectedCellProperty().bindBidirectional(viewModel.selectedCellProperty());

        Label matrixTitle = new Label();
        matrixTitle.textProperty().bind(viewModel.matrixTitleProperty());
        matrixTitle.getStyleClass().add("pane-title");
        VBox.setVgrow(matrixView, Priority.ALWAYS);
        VBox matrixBox = new VBox(4, matrixTitle, matrixView);
        matrixBox.getStyleClass().add("matrix-box");

        SplitPane split = new SplitPane(matrixBox, cellPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        setTop(toolbar());
        setCenter(split);
    }

    private HBox toolbar() {
        ComboBox<FoldChoice> folds = new ComboBox<>(viewModel.folds());
        folds.valueProperty().bindBidirectional(viewModel.foldProperty());
        folds.setPromptText("Folds");

        ToggleGroup valuesGroup = new ToggleGroup();
        ToggleButton counts = valueToggle(MatrixValues.COUNTS, valuesGroup);
        ToggleButton rowPercent = valueToggle(MatrixValues.ROW_PERCENT, valuesGroup);
        valuesGroup.selectToggle(viewModel.valuesProperty().get() == MatrixValues.COUNTS ? counts : rowPercent);
        valuesGroup.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                valuesGroup.selectToggle(old); // one of the two stays pressed
            } else {
                viewModel.valuesProperty().set((MatrixValues) toggle.getUserData());
            }
        });
        HBox segmented = new HBox(counts, rowPercent);
        segmented.getStyleClass().add("segmented");

        MenuItem png = new MenuItem("Matrix as PNG…");
        png.setOnAction(event -> Exports.chooseTarget(this, results.runsFolder(), fileStem(), "PNG picture", "png")
                .ifPresent(target -> results.exportPng(matrixView.toImage(2, viewModel.pictureTitle()), target)));
        MenuItem csv = Exports.csvItem("Matrix as CSV…", this, results, this::fileStem, viewModel::matrixTable);
        MenuItem clips = Exports.csvItem("Clips of the cell as CSV…", this, results,
                () -> fileStem() + "-cell-clips", viewModel::cellClipsTable);
        clips.disableProperty().bind(Bindings.isEmpty(viewModel.cellClips()));
        MenuButton export = new MenuButton("Export", null, png, csv, clips);
        export.disableProperty().bind(viewModel.matrixProperty().isNull());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, new Label("Show"), folds, segmented, spacer, export);
        toolbar.getStyleClass().add("tool-bar-row");
        toolbar.disableProperty().bind(viewModel.matrixProperty().isNull());
        return toolbar;
    }

    private static ToggleButton valueToggle(MatrixValues values, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton(values.toString());
        toggle.setUserData(values);
        toggle.setToggleGroup(group);
        return toggle;
    }

    private String fileStem() {
        FoldChoice fold = viewModel.foldProperty().get();
        String scope = fold == null || fold.isPooled() ? "pooled" : fold.foldId();
        String values = viewModel.valuesProperty().get() == MatrixValues.COUNTS ? "counts" : "row-percent";
        return results.runTitleProperty().get() + "-confusion-" + scope + "-" + values;
    }

    private VBox cellPane() {
        Label title = new Label();
        title.textProperty().bind(viewModel.cellTitleProperty());
        title.setId("cell-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.getStyleClass().add("pane-title");

        Label missing = new Label();
        missing.textProperty().bind(viewModel.corpusMissingProperty());
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        Button open = new Button("Open the run's corpus");
        open.setOnAction(event -> viewModel.openRunCorpora());
        open.disableProperty().bind(viewModel.canOpenCorporaProperty().not());
        open.setMinWidth(Region.USE_PREF_SIZE);
        VBox banner = new VBox(6, missing, open);
        banner.getStyleClass().add("notice-banner");
        banner.visibleProperty().bind(viewModel.corpusMissingProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());

        SortedList<CellClip> sorted = new SortedList<>(viewModel.cellClips());
        sorted.comparatorProperty().bind(clipTable.comparatorProperty());
        clipTable.setItems(sorted);
        clipTable.setId("cell-clips");
        clipTable.setPlaceholder(new Label("No clips"));
        TableColumn<CellClip, String> clip = Tables.text("Clip", CellClip::clipId);
        clip.setPrefWidth(95);
        TableColumn<CellClip, String> speaker = Tables.text("Speaker", CellClip::speaker);
        speaker.setPrefWidth(78);
        TableColumn<CellClip, Double> confidence = Tables.percent("Confidence", CellClip::confidence);
        confidence.setPrefWidth(90);
        clipTable.getColumns().addAll(List.of(clip, speaker, confidence));
        clipTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        clipTable.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (picked != null && !following) {
                viewModel.openClip(picked);
            }
        });
        viewModel.currentClipProperty().addListener((obs, old, current) -> follow(current));
        VBox.setVgrow(clipTable, Priority.ALWAYS);
        VBox box = new VBox(4, title, banner, clipTable);
        box.getStyleClass().add("cell-box");
        return box;
    }

    /** Highlights the clip the clip view shows when it is one of the cell's (e.g. after next/previous). */
    private void follow(CellClip current) {
        if (current == null || current.equals(clipTable.getSelectionModel().getSelectedItem())) {
            return;
        }
        following = true;
        try {
            clipTable.getSelectionModel().select(current);
            clipTable.scrollTo(current);
        } finally {
            following = false;
        }
    }
}
