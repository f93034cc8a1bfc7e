package org.emoscope.ui.corpus;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.experiment.Verdict;
import org.emoscope.ui.audit.AuditView;
import org.emoscope.ui.clip.ClipComparisonViewModel;
import org.emoscope.ui.ImportProblem;
import org.emoscope.ui.Workspace;
import org.emoscope.ui.controls.Converters;

/**
 * The corpus browser: filters and search over a sortable clip table (with the selected run's
 * prediction, confidence, correctness and verdict per clip), and the list of import problems.
 */
public final class CorpusBrowserView extends BorderPane {
    private static final double TITLE_BAR_HEIGHT = 26;
    private static final String NO_RUN_TIP = "Select a run (Results) to filter by its predictions and verdicts";

    /**
     * @param compare shows the clips selected together (Ctrl- or Shift-click), at least two, side by side
     */
    public CorpusBrowserView(CorpusBrowserViewModel viewModel, Consumer<List<Clip>> compare) {
        TableView<Clip> table = clipTable(viewModel);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Button compareButton = new Button();
        compareButton.setId("compare-clips");
        compareButton.textProperty().bind(Bindings.createStringBinding(() -> {
            int selected = table.getSelectionModel().getSelectedItems().size();
            return selected < 2 ? "Compare clips" : "Compare " + selected + " clips";
        }, table.getSelectionModel().getSelectedItems()));
        compareButton.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2));
        compareButton.setTooltip(new Tooltip("Ctrl- or Shift-click clips to select several (up to "
                + ClipComparisonViewModel.MAX_CLIPS + "), then see their spectrograms, pitch and attention stacked"));
        compareButton.setOnAction(event -> compare.accept(List.copyOf(table.getSelectionModel().getSelectedItems())));
        compareButton.setMinWidth(Region.USE_PREF_SIZE);
        TitledPane problems = problemPane(viewModel.workspace());
        // A split, so that a long problem list can be given room and the clips taken it back.
        SplitPane center = new SplitPane(table, problems);
        center.setOrientation(Orientation.VERTICAL);
        center.setId("corpus-split");
        SplitPane.setResizableWithParent(problems, false);
        // Open, the list always keeps its header and two rows; dragging the divider gives it more.
        problems.minHeightProperty().bind(Bindings.when(problems.expandedProperty())
                .then(TITLE_BAR_HEIGHT + 30 + 2 * 24).otherwise(Region.USE_COMPUTED_SIZE));
        placeDivider(center, problems);
        problems.expandedProperty().addListener((obs, was, expanded) -> placeDivider(center, problems));

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.workspace().importProgressProperty());
        progress.visibleProperty().bind(viewModel.workspace().importingProperty());
        Label status = new Label();
        status.setId("corpus-status");
        status.textProperty().bind(viewModel.statusProperty());
        HBox statusBar = new HBox(8, status, progress);
        statusBar.getStyleClass().add("status-bar");

        // With the filters, whose controls are its height: in the status bar it would make that bar taller.
        HBox filters = filterBar(viewModel);
        filters.getChildren().add(compareButton);
        setTop(filters);
        setCenter(center);
        setBottom(statusBar);
    }

    private static HBox filterBar(CorpusBrowserViewModel viewModel) {
        TextField search = new TextField();
        search.setPromptText("Search: speaker, emotion, text id, file…");
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        search.setPrefColumnCount(14);
        HBox.setHgrow(search, Priority.ALWAYS);

        CheckBox misclassified = new CheckBox("Misclassified only");
        misclassified.selectedProperty().bindBidirectional(viewModel.misclassifiedOnlyProperty());
        misclassified.disableProperty().bind(viewModel.runSelectedProperty().not());
        misclassified.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<AuditFilter> audit = new ComboBox<>();
        audit.getItems().setAll(AuditFilter.choices());
        audit.valueProperty().bindBidirectional(viewModel.auditFilterProperty());
        audit.setCellFactory(list -> choiceCell("", AuditFilter::label, false));
        audit.setButtonCell(choiceCell("", AuditFilter::label, true));
        audit.disableProperty().bind(viewModel.runSelectedProperty().not());
        for (var runFilter : new Region[] {misclassified, audit}) {
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(Bindings.when(viewModel.runSelectedProperty())
                    .then("Uses the predictions and verdicts of the selected run").otherwise(NO_RUN_TIP));
            Tooltip.install(runFilter, tip);
        }

        HBox bar = new HBox(8, search,
                choiceBox("All corpora", viewModel.corpusChoices(), viewModel.corpusFilterProperty(),
                        viewModel.workspace()::labelOf),
                choiceBox("All languages", viewModel.languageChoices(), viewModel.languageFilterProperty(),
                        Language::code),
                checkBoxes("All speakers", "speakers", viewModel.speakerChoices(), viewModel.speakerFilter(),
                        viewModel::labelOf),
                checkBoxes("All emotions", "emotions", viewModel.emotionChoices(), viewModel.emotionFilter(),
                        Emotion::label),
                misclassified, audit);
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    /** A filter menu whose null choice reads {@code allLabel}. */
    private static <T> ComboBox<T> choiceBox(String allLabel, ObservableList<T> choices, ObjectProperty<T> value,
                                             Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(choices);
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(list -> choiceCell(allLabel, text, false));
        box.setButtonCell(choiceCell(allLabel, text, true));
        box.setPromptText(allLabel);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /**
     * A multi-choice filter (several speakers or emotions at once) following {@code chosen} both ways; with nothing
     * ticked it reads {@code allLabel}, with one its name, with more how many.
     */
    private static <T> CheckComboBox<T> checkBoxes(String allLabel, String plural, ObservableList<T> choices,
                                                   ObservableSet<T> chosen, Function<T, String> text) {
        CheckComboBox<T> box = new CheckComboBox<>(choices);
        box.setId(plural + "-filter");
        box.setConverter(Converters.labels(text));
        boolean[] syncing = {false};
        Runnable showChosen = () -> {
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                chosen.forEach(item -> box.getCheckModel().check(item));
            } finally {
                syncing[0] = false;
            }
            box.setTitle(chosen.isEmpty() ? allLabel
                    : chosen.size() == 1 ? text.apply(chosen.iterator().next()) : chosen.size() + " " + plural);
        };
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (!syncing[0]) {
                chosen.retainAll(box.getCheckModel().getCheckedItems());
                chosen.addAll(box.getCheckModel().getCheckedItems());
            }
        });
        chosen.addListener((SetChangeListener<T>) change -> showChosen.run());
        // A new list of choices clears the box's ticks (they are kept by index): tick the chosen ones again.
        choices.addListener((ListChangeListener<T>) change -> showChosen.run());
        showChosen.run();
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** A cell that names null {@code allLabel}; the button cell shows it even for "no value". */
    private static <T> ListCell<T> choiceCell(String allLabel, Function<T, String> text, boolean buttonCell) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty && !buttonCell) {
                    setText(null);
                } else {
                    setText(item == null ? allLabel : text.apply(item));
                }
            }
        };
    }

    private static TableView<Clip> clipTable(CorpusBrowserViewModel viewModel) {
        TableView<Clip> table = new TableView<>();
        table.setId("clip-table");
        viewModel.sortedClips().comparatorProperty().bind(table.comparatorProperty());
        table.setItems(viewModel.sortedClips());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(viewModel.workspace().corpora()))
                .then("No clips: open a SAVEE or EMO-DB folder").otherwise("No clip matches the filters"));
        table.setPlaceholder(placeholder);

        table.getColumns().add(column("Corpus", 110, viewModel.workspace()::corpusLabelOf));
        table.getColumns().add(column("Lang.", 48, c -> c.language().code()));
        table.getColumns().add(column("Speaker", 80, c -> c.speaker().key()));
        table.getColumns().add(column("Emotion", 82, c -> c.emotion().label()));
        runColumns(table, viewModel);
        table.getColumns().add(column("Text", 48, Clip::textId));
        table.getColumns().add(formatted(column("Duration (s)", 84, Clip::seconds),
                seconds -> String.format(Locale.ROOT, "%.2f", seconds)));
        table.getColumns().add(formatted(column("Rate (Hz)", 70, Clip::sampleRate), String::valueOf));
        table.getColumns().add(column("File", 200, Clip::relativePath));
        // Columns keep their width; the file column takes what is left.
        table.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Cells laid out while the run columns were hidden are not redone when they appear.
        viewModel.runSelectedProperty().addListener((obs, old, selected) -> table.refresh());
        syncSelection(table, viewModel);
        return table;
    }

    /** Predicted emotion, confidence, correct or not, and verdict: shown while a run is selected. */
    private static void runColumns(TableView<Clip> table, CorpusBrowserViewModel viewModel) {
        Observable run = viewModel.runProperty();
        TableColumn<Clip, String> predicted = runColumn("Predicted", 82, run,
                clip -> viewModel.predictionOf(clip).map(RunPrediction::predicted).orElse(null));
        TableColumn<Clip, Double> confidence = formatted(runColumn("Conf.", 52, run,
                clip -> viewModel.predictionOf(clip).map(RunPrediction::confidence).orElse(null)),
                p -> String.format(Locale.ROOT, "%.0f %%", 100 * p));
        TableColumn<Clip, Boolean> correct = runColumn("✓/✗", 40, run,
                clip -> viewModel.predictionOf(clip).map(RunPrediction::correct).orElse(null));
        correct.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Boolean item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("correct", "incorrect");
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(item ? "✓" : "✗");
                    getStyleClass().add(item ? "correct" : "incorrect");
                }
            }
        });
        TableColumn<Clip, Verdict> verdict = runColumn("Verdict", 96, viewModel.auditEntries(),
                clip -> viewModel.verdictOf(clip).orElse(null));
        verdict.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Verdict item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(style -> style.startsWith("verdict-"));
                if (empty || item == null) {
                    setText(null);
                } else {
                    setText(item.label());
                    getStyleClass().add(AuditView.styleClass(item));
                }
            }
        });
        for (TableColumn<Clip, ?> column : List.of(predicted, confidence, correct, verdict)) {
            column.visibleProperty().bind(viewModel.runSelectedProperty());
            column.getStyleClass().add("run-column");
            table.getColumns().add(column);
        }
    }

    /** A column whose cells follow {@code dependency}: the run, or its verdicts. */
    private static <T> TableColumn<Clip, T> runColumn(String title, double width, Observable dependency,
                                                     Function<Clip, T> value) {
        TableColumn<Clip, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> Bindings.createObjectBinding(
                () -> value.apply(cell.getValue()), dependency));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * The table's selected row and the view model's selected clip follow each other; a row the user
     * picks makes the browser's list the one next/previous walk.
     */
    private static void syncSelection(TableView<Clip> table, CorpusBrowserViewModel viewModel) {
        boolean[] following = {false};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, clip) -> {
            if (clip != null && !following[0]) {
                viewModel.browse(clip);
            }
        });
        viewModel.selectedClipProperty().addListener((obs, old, clip) -> {
            if (clip != null && clip != table.getSelectionModel().getSelectedItem()) {
                following[0] = true;
                try {
                    table.getSelectionModel().select(clip);
                    table.scrollTo(clip);
                } finally {
                    following[0] = false;
                }
            }
        });
    }

    /**
     * Collapsed, the problem list keeps only its title bar; expanded, it takes what its rows need (up
     * to half the height) until the user drags the divider.
     */
    private static void placeDivider(SplitPane split, TitledPane problems) {
        Runnable place = () -> {
            double height = split.getHeight();
            if (height <= 0) {
                return;
            }
            // The title bar plus the table's own height: the pane's may still be animating open.
            double wanted = problems.isExpanded()
                    ? Math.min(height / 2, TITLE_BAR_HEIGHT + ((Region) problems.getContent()).getPrefHeight())
                    : TITLE_BAR_HEIGHT;
            split.setDividerPositions(Math.max(0, 1 - wanted / height));
        };
        if (split.getHeight() > 0) {
            place.run();
        } else {
            split.heightProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                    if (now.doubleValue() > 0) {
                        split.heightProperty().removeListener(this);
                        place.run();
                    }
                }
            });
        }
    }

    /** Collapsed while there are no problems, opened when the first appears. */
    private static TitledPane problemPane(Workspace workspace) {
        ObservableList<ImportProblem> problems = workspace.problems();
        TableView<ImportProblem> table = new TableView<>(problems);
        // Grows with its rows (header plus up to eight rows), so five problems show at once.
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 30.0 + 24 * Math.max(3, Math.min(8, problems.size())), problems));
        table.setId("import-problems");
        table.setPlaceholder(new Label("No problems: every file became a clip"));
        table.getColumns().add(column("File", 200, (ImportProblem p) -> p.file().isEmpty() ? p.source() : p.file()));
        table.getColumns().add(column("Problem", 300, ImportProblem::reason));
        table.getColumns().add(column("Corpus folder", 200, ImportProblem::source));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TitledPane pane = new TitledPane("", table);
        pane.textProperty().bind(Bindings.size(problems).asString("Import problems (%d)"));
        pane.setExpanded(false);
        problems.addListener((ListChangeListener<ImportProblem>) change -> {
            if (!problems.isEmpty()) {
                pane.setExpanded(true);
            }
        });
        return pane;
    }

    private static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Shows a column's values through {@code format}; sorting still uses the values themselves. */
    private static <S, T> TableColumn<S, T> formatted(TableColumn<S, T> column, Function<T, String> format) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        });
        column.getStyleClass().add("number-column");
        return column;
    }
}
