package org.emoscope.ui.results;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.emoscope.ui.controls.ExpiringMessage;

/**
 * The Results workspace: the runs table on the left (refresh, resume); on the right the selected
 * run's headline scores above three tabs: confusion matrix with the clips behind a cell, per-class
 * and per-speaker scores, and the comparison with another run (and the ablation table). FX thread
 * only; all data comes from the {@link ResultsViewModel}.
 */
public final class ResultsView extends BorderPane {
    private final ResultsViewModel viewModel;

    public ResultsView(ResultsViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("results-view");
        getStylesheets().add(ResultsView.class.getResource("/org/emoscope/ui/results/results.css").toExternalForm());
        SplitPane split = new SplitPane(runsPane(), runPane());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        setCenter(split);
    }

    private VBox runsPane() {
        Button refresh = new Button("Refresh");
        refresh.setOnAction(event -> viewModel.refresh());
        refresh.disableProperty().bind(viewModel.listingProperty());
        refresh.setTooltip(new Tooltip("List the runs in " + viewModel.runsFolder() + " again"));
        Button resume = new Button("Resume");
        resume.setOnAction(event -> viewModel.resumeSelected());
        resume.disableProperty().bind(viewModel.resumableProperty().not());
        resume.setTooltip(new Tooltip("Continue the selected killed, cancelled or failed run from its checkpoints"));
        HBox toolbar = new HBox(8, new Label("Runs"), spacer(), refresh, resume);
        toolbar.getStyleClass().addAll("tool-bar-row", "runs-toolbar");

        TableView<RunRow> table = runsTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        Label status = new Label();
        status.setId("results-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        // Wrapped lines need their height: the table above gives way rather than the status being cut.
        status.setMinHeight(Region.USE_PREF_SIZE);
        Label message = ExpiringMessage.following(viewModel.messageProperty());
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox statusBar = new VBox(2, status, message);
        statusBar.getStyleClass().add("status-bar");
        VBox pane = new VBox(toolbar, table, statusBar);
        pane.setMinWidth(240);
        return pane;
    }

    private TableView<RunRow> runsTable() {
        TableView<RunRow> table = new TableView<>();
        table.setId("runs-table");
        SortedList<RunRow> sorted = new SortedList<>(viewModel.runs());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // "Reading …" while listing, then "No runs yet in …": never a stale "no runs" during start-up or a folder change.
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.statusProperty());
        table.setPlaceholder(placeholder);
        TableColumn<RunRow, String> name = Tables.text("Run", RunRow::name);
        name.setPrefWidth(170);  // "demo-sample-emodb" and dated run names whole
        TableColumn<RunRow, String> state = Tables.text("State", RunRow::stateText);
        state.setPrefWidth(74);
        table.getColumns().add(name);
        table.getColumns().add(state);
        for (TableColumn<RunRow, Double> score : List.of(Tables.percent("WA", RunRow::wa),
                Tables.percent("UA", RunRow::ua), Tables.percent("F1", RunRow::macroF1))) {
            score.setPrefWidth(58);
            table.getColumns().add(score);
        }
        TableColumn<RunRow, String> config = Tables.text("Configuration", RunRow::configSummary);
        config.setPrefWidth(300);
        table.getColumns().add(config);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RunRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("damaged-run", "partial-run");
                setTooltip(null);
                if (!empty && row != null) {
                    if (row.isDamaged()) {
                        getStyleClass().add("damaged-run");
                        setTooltip(new Tooltip(String.join("\n", row.problems())));
                    } else if (row.partial()) {
                        getStyleClass().add("partial-run");
                        setTooltip(new Tooltip(row.configSummary() + "\nScores of the " + row.folds()
                                + (row.folds() == 1 ? " fold" : " folds") + " finished so far"));
                    } else {
                        setTooltip(new Tooltip(row.configSummary()));
                    }
                }
            }
        });
        // The table's selection and the view model's follow each other; a refresh replaces the rows.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                viewModel.selectedRunProperty().set(row);
            }
        });
        viewModel.selectedRunProperty().addListener((obs, old, row) -> select(table, row));
        viewModel.runs().addListener((ListChangeListener<RunRow>) change ->
                select(table, viewModel.selectedRunProperty().get()));
        return table;
    }

    private static void select(TableView<RunRow> table, RunRow row) {
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else if (row != table.getSelectionModel().getSelectedItem()) {
            table.getSelectionModel().select(row);
            table.scrollTo(row);
        }
    }

    private BorderPane runPane() {
        Label title = new Label();
        title.textProperty().bind(Bindings.when(viewModel.runTitleProperty().isEmpty())
                .then("Select a run on the left to see its results").otherwise(viewModel.runTitleProperty()));
        title.getStyleClass().add("run-title");
        ProgressIndicator loading = new ProgressIndicator();
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.setPrefSize(16, 16);
        Label detail = new Label();
        detail.textProperty().bind(viewModel.runDetailProperty());
        detail.getStyleClass().add("run-detail");
        Tooltip detailTip = new Tooltip();
        detailTip.textProperty().bind(viewModel.runDetailProperty());
        detail.setTooltip(detailTip);
        Label problem = new Label();
        problem.textProperty().bind(viewModel.runProblemProperty());
        problem.getStyleClass().add("error-message");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        VBox titles = new VBox(2, new HBox(8, title, loading), detail, problem);
        titles.setMinWidth(0);
        HBox.setHgrow(titles, Priority.ALWAYS);
        HBox header = new HBox(12, titles, new ScoreCards(viewModel.scores().cards()));
        header.getStyleClass().add("run-header");

        TabPane tabs = new TabPane(new Tab("Confusion matrix", new MatrixPane(viewModel)),
                new Tab("Scores", new ScoresPane(viewModel)), new Tab("Compare", new ComparisonPane(viewModel)),
                new Tab("Attention", new AttentionPane(viewModel)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane pane = new BorderPane(tabs);
        pane.setTop(header);
        pane.setMinWidth(0);
        return pane;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
