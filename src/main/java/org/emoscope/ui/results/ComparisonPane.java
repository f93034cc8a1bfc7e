package org.emoscope.ui.results;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emoscope.evaluation.PairedComparison;
import org.emoscope.experiment.Ablation;
import org.emoscope.experiment.AblationResults;
import org.emoscope.experiment.RunComparison;
import org.emoscope.ui.controls.Converters;

/**
 * The compare tab: the selected run beside a second one, differences green where the second is
 * better, red where worse and grey where within noise over folds; under it the paired UA test fold
 * by fold; below, when the run belongs to an ablation folder, the paper's
 * ablation table. FX thread only.
 */
final class ComparisonPane extends BorderPane {
    private static final double ABLATION_ROW_HEIGHT = 24;

    ComparisonPane(ResultsViewModel results) {
        ComparisonViewModel viewModel = results.comparison();
        ComboBox<RunRow> other = new ComboBox<>(viewModel.candidates());
        other.valueProperty().bindBidirectional(viewModel.compareWithProperty());
        other.setPromptText("Pick a run");
        other.setMinWidth(260);
        other.setConverter(Converters.labels(RunRow::name));
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
        CheckBox overSeeds = new CheckBox("Over seeds");
        overSeeds.selectedProperty().bindBidirectional(viewModel.overSeedsProperty());
        overSeeds.disableProperty().bind(viewModel.overSeedsAvailableProperty().not());
        overSeeds.setTooltip(new Tooltip("Compare whole seed groups: means over seeds, and each fold's score "
                + "averaged over seeds for the paired test"));
        overSeeds.setMinWidth(HBox.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, with, other, overSeeds, message, export);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("tool-bar-row");

        TitledPane ablationPane = new TitledPane("", ablationTable(viewModel));
        ablationPane.textProperty().bind(viewModel.ablationTitleProperty());
        ablationPane.setCollapsible(false);
        ablationPane.setMaxHeight(Double.MAX_VALUE);
        ablationPane.setMinWidth(0); // its long title is cut, not allowed to widen the tab
        SplitPane split = new SplitPane(comparisonTable(viewModel), pairedPane(viewModel));
        split.setOrientation(Orientation.VERTICAL);
        viewModel.ablationTitleProperty().addListener((obs, old, title) -> {
            boolean show = !title.isEmpty();
            if (show && !split.getItems().contains(ablationPane)) {
                split.getItems().add(ablationPane);
                split.setDividerPositions(0.3, 0.5);
            } else if (!show) {
                split.getItems().remove(ablationPane);
            }
        });
        Label summary = pairedSummary(viewModel);
        VBox top = new VBox(toolbar, summary);
        VBox.setMargin(summary, new Insets(0, 6, 4, 6));
        setTop(top);
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

    /** The verdict of the paired UA test in one line, grey within noise; hidden without a comparison. */
    private static Label pairedSummary(ComparisonViewModel viewModel) {
        Label summary = new Label();
        summary.textProperty().bind(viewModel.pairedSummaryProperty());
        summary.setWrapText(true);
        summary.setMaxWidth(Double.MAX_VALUE);
        summary.setMinHeight(Label.USE_PREF_SIZE);
        summary.getStyleClass().add("paired-summary");
        summary.visibleProperty().bind(viewModel.pairedSummaryProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        viewModel.noiseProperty().addListener((obs, old, noise) -> styleNoise(summary, noise));
        styleNoise(summary, viewModel.noiseProperty().get());
        return summary;
    }

    /** The paired UA test over common folds: each fold's scores and difference. */
    private static TableView<PairedComparison.FoldDifference> pairedPane(ComparisonViewModel viewModel) {
        TableView<PairedComparison.FoldDifference> folds = new TableView<>(viewModel.pairedFolds());
        folds.setPlaceholder(new Label("The paired test over folds appears here"));
        folds.getColumns().add(Tables.text("Fold (test speakers)", PairedComparison.FoldDifference::fold));
        TableColumn<PairedComparison.FoldDifference, Double> first =
                Tables.percent("", PairedComparison.FoldDifference::first);
        first.textProperty().bind(Bindings.concat("UA ", viewModel.firstRunProperty()));
        TableColumn<PairedComparison.FoldDifference, Double> second =
                Tables.percent("", PairedComparison.FoldDifference::second);
        second.textProperty().bind(Bindings.concat("UA ", viewModel.secondRunProperty()));
        folds.getColumns().add(first);
        folds.getColumns().add(second);
        folds.getColumns().add(Tables.number("Difference", PairedComparison.FoldDifference::difference,
                Percent::difference));
        folds.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return folds;
    }

    private static void styleNoise(Label label, ComparisonViewModel.Noise noise) {
        label.getStyleClass().removeAll("within-noise", "beyond-noise");
        if (noise == ComparisonViewModel.Noise.WITHIN) {
            label.getStyleClass().add("within-noise");
        } else if (noise == ComparisonViewModel.Noise.BEYOND) {
            label.getStyleClass().add("beyond-noise");
        }
    }

    private static TableColumn<RunComparison.Row, RunComparison.Row> differenceColumn() {
        TableColumn<RunComparison.Row, RunComparison.Row> column = new TableColumn<>("Difference");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RunComparison.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("better", "worse", "within-noise");
                setTooltip(null);
                if (empty || row == null) {
                    setText(null);
                } else if (Boolean.TRUE.equals(row.withinNoise())) {
                    setText(Percent.difference(row.difference()) + " · noise");
                    getStyleClass().add("within-noise");
                } else {
                    setText(Percent.difference(row.difference()));
                    if (row.direction() != 0) {
                        getStyleClass().add(row.direction() > 0 ? "better" : "worse");
                    }
                }
                if (!empty && row != null && row.paired() != null) {
                    setTooltip(new Tooltip(pairedText(row.paired())));
                }
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        column.setSortable(false);
        return column;
    }

    private static TableView<AblationResults.Row> ablationTable(ComparisonViewModel viewModel) {
        TableView<AblationResults.Row> table = new TableView<>(viewModel.ablationRows());
        TableColumn<AblationResults.Row, String> configuration = Tables.text("Configuration",
                row -> row.configuration().folder());
        configuration.setPrefWidth(190); // "multitask-cross-language" whole
        table.getColumns().add(configuration);
        table.getColumns().add(Tables.number("γ", AblationResults.Row::gamma, ComparisonPane::plain));
        table.getColumns().add(Tables.number("θ", AblationResults.Row::theta, ComparisonPane::plain));
        table.getColumns().add(Tables.percentText("WA", row -> row.seeds() > 1 ? Percent.of(row.waOverSeeds()) : Percent.of(row.wa())));
        table.getColumns().add(Tables.percentText("UA", row -> row.seeds() > 1 ? Percent.of(row.uaOverSeeds()) : Percent.of(row.ua())));
        table.getColumns().add(Tables.percentText("WA over folds", row -> Percent.of(row.waOverFolds())));
        table.getColumns().add(Tables.percentText("UA over folds", row -> Percent.of(row.uaOverFolds())));
        table.getColumns().add(versusSingleTaskColumn());
        table.getColumns().add(Tables.percent("Paper WA", AblationResults.Row::paperWa));
        table.getColumns().add(Tables.percent("Paper UA", AblationResults.Row::paperUa));
        table.getColumns().add(Tables.text("Run", ComparisonPane::runState));
        // Eleven whole columns are wider than the pane at the default window size: the table scrolls sideways
        // rather than widen the pane past the window (which cut the Export button), and it keeps room for its
        // header and the four configurations.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setMinWidth(0);
        table.setPrefWidth(0);
        table.setFixedCellSize(ABLATION_ROW_HEIGHT);
        table.setMinHeight(ABLATION_ROW_HEIGHT * (Ablation.Configuration.values().length + 1) + 18);
        return table;
    }

    private static TableColumn<AblationResults.Row, AblationResults.Row> versusSingleTaskColumn() {
        TableColumn<AblationResults.Row, AblationResults.Row> column = new TableColumn<>("ΔUA vs single task");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AblationResults.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("better", "worse", "within-noise");
                setTooltip(null);
                PairedComparison paired = empty || row == null ? null : row.versusSingleTask();
                if (paired == null) {
                    setText(empty || row == null ? null : Percent.NONE);
                    return;
                }
                boolean noise = paired.withinNoise();
                setText(String.format(Locale.ROOT, "%s, p %.3f%s", Percent.difference(paired.meanDifference()),
                        paired.pValue(), noise ? " · noise" : ""));
                getStyleClass().add(noise ? "within-noise" : paired.meanDifference() > 0 ? "better" : "worse");
                setTooltip(new Tooltip(pairedText(paired)));
            }
        });
        column.setSortable(false);
        return column;
    }

    private static String pairedText(PairedComparison paired) {
        return String.format(Locale.ROOT, "%d common folds: mean difference %s, 95 %% bootstrap CI [%s, %s], "
                        + "exact Wilcoxon signed-rank p = %.3f%n%s", paired.folds().size(),
                Percent.difference(paired.meanDifference()), Percent.difference(paired.interval().low()),
                Percent.difference(paired.interval().high()), paired.pValue(),
                paired.withinNoise() ? "Within noise: p ≥ 0.05 or the CI contains 0" : "Beyond noise");
    }

    private static String plain(Double value) {
        return value.isNaN() ? Percent.NONE : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String runState(AblationResults.Row row) {
        if (row.problem() != null) {
            return row.problem();
        }
        String state = row.state() == null ? "" : row.state().name().toLowerCase(Locale.ROOT);
        String seeds = row.seeds() > 1 ? " × " + row.seeds() + " seeds" : "";
        return state + ", " + row.folds() + (row.folds() == 1 ? " fold" : " folds") + seeds
                + (row.partial() ? " so far" : "");
    }
}
