package org.emoscope.ui.results;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.emoscope.evaluation.ClassMetrics;

/** The scores tab: per-class precision, recall and F1 of the pooled matrix, and per-speaker scores. FX thread only. */
final class ScoresPane extends BorderPane {

    ScoresPane(ResultsViewModel results) {
        ScoresViewModel viewModel = results.scores();
        Label note = new Label();
        note.textProperty().bind(viewModel.noteProperty());
        note.setWrapText(true);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);

        MenuItem perClass = Exports.csvItem("Per-class scores as CSV…", this, results,
                () -> results.runTitleProperty().get() + "-per-class", viewModel::perClassTable);
        MenuItem perSpeaker = Exports.csvItem("Per-speaker scores as CSV…", this, results,
                () -> results.runTitleProperty().get() + "-per-speaker", viewModel::perSpeakerTable);
        MenuButton export = new MenuButton("Export", null, perClass, perSpeaker);
        export.disableProperty().bind(Bindings.isEmpty(viewModel.perClass()));
        export.setMinWidth(HBox.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, note, export);
        toolbar.getStyleClass().add("tool-bar-row");

        SplitPane tables = new SplitPane(titled("Per class (pooled)", perClassTable(viewModel)),
                titled("Per speaker", perSpeakerTable(viewModel)));
        tables.setOrientation(Orientation.HORIZONTAL);
        // Six score columns against five: the per-class table gets the larger share.
        tables.setDividerPositions(0.57);
        setTop(toolbar);
        setCenter(tables);
    }

    private static TitledPane titled(String title, TableView<?> table) {
        TitledPane pane = new TitledPane(title, table);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }

    private static TableView<ClassMetrics> perClassTable(ScoresViewModel viewModel) {
        TableView<ClassMetrics> table = new TableView<>(viewModel.perClass());
        table.setPlaceholder(new Label("No scores yet"));
        TableColumn<ClassMetrics, String> classes = Tables.text("Class", ClassMetrics::label);
        classes.setMinWidth(84); // "happiness", "disgust": the longest labels, whole
        table.getColumns().add(classes);
        table.getColumns().add(Tables.count("Support", ClassMetrics::support));
        table.getColumns().add(Tables.count("Predicted", ClassMetrics::predicted));
        table.getColumns().add(Tables.percent("Precision", ClassMetrics::precision));
        table.getColumns().add(Tables.percent("Recall", ClassMetrics::recall));
        table.getColumns().add(Tables.percent("F1", ClassMetrics::f1));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableView<GroupScores> perSpeakerTable(ScoresViewModel viewModel) {
        TableView<GroupScores> table = new TableView<>(viewModel.perSpeaker());
        table.setPlaceholder(new Label("No scores yet"));
        TableColumn<GroupScores, String> speakers = Tables.text("Speaker", GroupScores::id);
        speakers.setMinWidth(84); // "emodb:03", "savee:DC" whole
        table.getColumns().add(speakers);
        table.getColumns().add(Tables.count("Clips", GroupScores::clips));
        table.getColumns().add(Tables.percent("WA", GroupScores::wa));
        table.getColumns().add(Tables.percent("UA", GroupScores::ua));
        table.getColumns().add(Tables.percent("Macro-F1", GroupScores::macroF1));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
