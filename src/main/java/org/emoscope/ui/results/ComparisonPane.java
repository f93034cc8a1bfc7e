package org.emoscope.ui.results;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.emoscope.experiment.AblationResults;
import org.emoscope.experiment.RunComparison;

/**
 * The compare tab: the selected run beside a second one, differences green where the second is
 * better and red where worse; below, when the run belongs to an ablation folder, the paper's
 * ablation table. FX thread only.
 */
final class ComparisonPane extends BorderPane {

    ComparisonPane(ResultsViewModel results) {
        ComparisonViewModel viewModel = results.comparison();
        ComboBox<RunRow> other = new ComboBox<>(viewModel.candidates());
        other.valueProperty().bindBidirectional(viewModel.compareWithProperty());
        other.setPromptText("Pick a run");
        other.setMinWidth(200);
        other.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunRow row) {
                return row == null ? "" : row.name();
            }

            @Override
            public RunRow fromString(String text) {
                return null;
            }
        });
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        MenuItem comparison = Exports.csvItem("Comparison as CSV…", this, results,
                () -> results.runTitleProperty().get() + "-vs-" + viewModel.secondRunProperty().get(),
                viewModel::comparisonTable);
        comparison.disableProperty().bind(Bindings.isEmpty(viewModel.rows()));
        MenuItem ablation = Exports.csvItem("Ablation table as CSV…", this, results, () -> "ablation",
                viewModel::ablationTable);
        ablation.disableProperty().bind(Bindings.isEmpty(viewModel.ablationRows()));
        MenuButton export = new MenuButton("Export", null, comparison, ablation);
        export.setMinWidth(HBox.USE_PREF_SIZE);
        Label with = new Label("Compare with");
        with.setMinWidth(HBox.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, with, other, message, export);
        toolbar.getStyleClass().add("tool-bar-row");

        TitledPane ablationPane = new TitledPane("", ablationTable(viewModel));
        ablationPane.textProperty().bind(viewModel.ablationTitleProperty());
        ablationPane.setCollapsible(false);
        ablationPane.setMaxHeight(Double.MAX_VALUE);
        SplitPane split = new SplitPane(comparisonTable(viewModel));
        split.setOrientation(Orientation.VERTICAL);
        viewModel.ablationTitleProperty().addListener((obs, old, title) -> {
            boolean show = !title.isEmpty();
            if (show && !split.getItems().contains(ablationPane)) {
                split.getItems().add(ablationPane);
                split.setDividerPositions(0.5);
            } else if (!show) {
                split.getItems().remove(ablationPane);
            }
        });
        setTop(toolbar);
        setCenter(split);
    }

    private static TableView<RunComparison.Row> comparisonTable(ComparisonViewModel viewModel) {
        TableView<RunComparison.Row> table = new TableView<>(viewModel.rows());
        table.setPlaceholder(new Label("Pick a second run above to compare"));
        table.getColumns().add(Tables.text("Score", row -> row.kind() == RunComparison.Kind.SCORE ? row.name()
                : "Recall of " + row.name()));
        TableColumn<RunComparison.Row, Double> first = Tables.percent("", RunComparison.Row::first);
        first.textProperty().bind(viewModel.firstRunProperty());
        TableColumn<RunComparison.Row, Double> second = Tables.percent("", RunComparison.Row::second);
        second.textProperty().bind(viewModel.secondRunProperty());
        table.getColumns().add(first);
        table.getColumns().add(second);
        table.getColumns().add(differenceColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setSortPolicy(t -> false); // the rows keep their order: headline scores, then classes
        return table;
    }

    private static TableColumn<RunComparison.Row, RunComparison.Row> differenceColumn() {
        TableColumn<RunComparison.Row, RunComparison.Row> column = new TableColumn<>("Difference");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RunComparison.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("better", "worse");
                setText(empty || row == null ? null : Percent.difference(row.difference()));
                if (!empty && row != null && row.direction() != 0) {
                    getStyleClass().add(row.direction() > 0 ? "better" : "worse");
                }
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setSortable(false);
        return column;
    }

    private static TableView<AblationResults.Row> ablationTable(ComparisonViewModel viewModel) {
        TableView<AblationResults.Row> table = new TableView<>(viewModel.ablationRows());
        table.getColumns().add(Tables.text("Configuration", row -> row.configuration().folder()));
        table.getColumns().add(Tables.number("γ", AblationResults.Row::gamma, ComparisonPane::plain));
        table.getColumns().add(Tables.number("θ", AblationResults.Row::theta, ComparisonPane::plain));
        table.getColumns().add(Tables.percent("WA", AblationResults.Row::wa));
        table.getColumns().add(Tables.percent("UA", AblationResults.Row::ua));
        table.getColumns().add(Tables.text("WA over folds", row -> Percent.of(row.waOverFolds())));
        table.getColumns().add(Tables.text("UA over folds", row -> Percent.of(row.uaOverFolds())));
        table.getColumns().add(Tables.percent("Paper WA", AblationResults.Row::paperWa));
        table.getColumns().add(Tables.percent("Paper UA", AblationResults.Row::paperUa));
        table.getColumns().add(Tables.text("Run", ComparisonPane::runState));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static String plain(Double value) {
        return value.isNaN() ? Percent.NONE : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String runState(AblationResults.Row row) {
        if (row.problem() != null) {
            return row.problem();
        }
        String state = row.state() == null ? "" : row.state().name().toLowerCase(Locale.ROOT);
        return state + ", " + row.folds() + (row.folds() == 1 ? " fold" : " folds") + (row.partial() ? " so far" : "");
    }
}
