package org.emoscope.ui.corpus;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.collections.transformation.SortedList;
import org.emoscope.corpus.Clip;

/** The corpus browser: a sortable, searchable clip table and the list of import problems. */
public final class CorpusBrowserView extends BorderPane {

    public CorpusBrowserView(CorpusBrowserViewModel viewModel) {
        TextField search = new TextField();
        search.setId("clip-search");
        search.setPromptText("Search clips: speaker, emotion, text id, file…");
        search.textProperty().bindBidirectional(viewModel.searchTextProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        SplitPane split = new SplitPane(clipTable(viewModel), problemPane(viewModel));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.75);

        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.importProgressProperty());
        progress.visibleProperty().bind(viewModel.importingProperty());
        Label status = new Label();
        status.setId("corpus-status");
        status.textProperty().bind(viewModel.statusProperty());
        HBox statusBar = new HBox(8, status, progress);
        statusBar.getStyleClass().add("status-bar");

        HBox toolbar = new HBox(8, search);
        toolbar.getStyleClass().add("tool-bar-row");
        setTop(toolbar);
        setCenter(split);
        setBottom(statusBar);
    }

    private static TableView<Clip> clipTable(CorpusBrowserViewModel viewModel) {
        TableView<Clip> table = new TableView<>();
        table.setId("clip-table");
        SortedList<Clip> sorted = new SortedList<>(viewModel.visibleClips());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("No clips: open a SAVEE or EMO-DB folder"));
        table.getColumns().add(column("Corpus", c -> c.corpus().displayName()));
        table.getColumns().add(column("Language", c -> c.language().code()));
        table.getColumns().add(column("Speaker", c -> c.speaker().key()));
        table.getColumns().add(column("Emotion", c -> c.emotion().label()));
        table.getColumns().add(column("Text", Clip::textId));
        table.getColumns().add(column("Duration (s)", c -> String.format(Locale.ROOT, "%.2f", c.seconds())));
        table.getColumns().add(column("Rate (Hz)", c -> Integer.toString(c.sampleRate())));
        TableColumn<Clip, String> file = column("File", Clip::relativePath);
        file.setPrefWidth(260);
        table.getColumns().add(file);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        syncSelection(table, viewModel);
        return table;
    }

    /** The table's selected row and the view model's selected clip follow each other. */
    private static void syncSelection(TableView<Clip> table, CorpusBrowserViewModel viewModel) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, clip) -> {
            if (clip != null) {
                viewModel.selectedClipProperty().set(clip);
            }
        });
        viewModel.selectedClipProperty().addListener((obs, old, clip) -> {
            if (clip != null && clip != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(clip);
                table.scrollTo(clip);
            }
        });
    }

    private static TitledPane problemPane(CorpusBrowserViewModel viewModel) {
        TableView<ImportProblem> table = new TableView<>(viewModel.problems());
        table.setId("import-problems");
        table.setPlaceholder(new Label("No problems: every file became a clip"));
        table.getColumns().add(column("File", p -> p.file().isEmpty() ? p.source() : p.file()));
        table.getColumns().add(column("Problem", ImportProblem::reason));
        table.getColumns().add(column("Corpus folder", ImportProblem::source));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TitledPane pane = new TitledPane("Import problems", table);
        pane.setCollapsible(false);
        return pane;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
