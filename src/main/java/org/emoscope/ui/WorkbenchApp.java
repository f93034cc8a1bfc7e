package org.emoscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.emoscope.AppVersion;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.ThreadPoolTaskExecutor;
import org.emoscope.ui.clip.ClipView;
import org.emoscope.ui.clip.ClipViewModel;
import org.emoscope.ui.clip.TrainedModelAnalyser;
import org.emoscope.ui.corpus.CorpusBrowserView;
import org.emoscope.ui.corpus.CorpusBrowserViewModel;
import org.emoscope.ui.prefs.PreferencesModel;
import org.emoscope.ui.prefs.StageLayout;

/**
 * The workbench window: three workspaces in tabs (Corpus: the browser; Training; Results) and the
 * clip view, which follows the user into the Corpus and Results tabs. The view models share one
 * {@link WorkbenchSelection}. Comes back as it was left (window layout, corpora: see
 * {@link PreferencesModel}; the bundled sample corpus when none) and opens the demo model, when
 * there is one, on start.
 */
public final class WorkbenchApp extends Application {
    private TaskExecutor executor;
    private ClipViewModel clipView;
    // Held here because bidirectional bindings hold their properties only weakly: without this
    // reference the selection is collected and the table's selection no longer reaches the clip view.
    private WorkbenchSelection selection;
    private PreferencesModel preferences;

    @Override
    public void init() {
        // Runs on the launcher thread, which keeps reading the preferences file off the FX thread.
        preferences = PreferencesModel.load();
    }

    @Override
    public void start(Stage stage) {
        executor = new ThreadPoolTaskExecutor(Platform::runLater, 2);
        selection = new WorkbenchSelection();
        CorpusBrowserViewModel corpusBrowser = new CorpusBrowserViewModel(new CorpusReader(), executor);
        corpusBrowser.selectedClipProperty().bindBidirectional(selection.clipProperty());
        clipView = new ClipViewModel(executor, TrainedModelAnalyser::load);
        selection.clipProperty().addListener((obs, old, clip) -> {
            if (clip != null) {
                clipView.open(clip);
            }
        });
        ClipView clipViewNode = new ClipView(clipView);

        SplitPane corpusSplit = verticalSplit(new CorpusBrowserView(corpusBrowser), 0.36);
        SplitPane resultsSplit = verticalSplit(new Label("Results: runs and confusion matrices"), 0.5);
        Tab corpusTab = new Tab("Corpus", corpusSplit);
        Tab trainingTab = new Tab("Training", new Label("Training"));
        Tab resultsTab = new Tab("Results", resultsSplit);
        TabPane tabs = new TabPane(corpusTab, trainingTab, resultsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("workbench-tabs");
        corpusSplit.getItems().add(clipViewNode);
        // One clip view, moved to whichever tab shows clips, so playback and zoom carry over.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            SplitPane target = tab == resultsTab ? resultsSplit : tab == corpusTab ? corpusSplit : null;
            if (target != null && !target.getItems().contains(clipViewNode)) {
                // Out of the other pane's items too, or its skin takes the node back. The
                // StageLayout below puts a pane's divider back when the clip view returns to it.
                corpusSplit.getItems().remove(clipViewNode);
                resultsSplit.getItems().remove(clipViewNode);
                target.getItems().add(clipViewNode);
            }
        });
        BorderPane root = new BorderPane(tabs);
        root.setTop(menuBar(stage, corpusBrowser, clipView));
        acceptDroppedFolders(root, corpusBrowser);

        Scene scene = new Scene(root, 1280, 860);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/org/emoscope/ui/workbench.css").toExternalForm());
        stage.setTitle("Emoscope " + AppVersion.get());
        stage.setScene(scene);
        StageLayout layout = new StageLayout(stage, tabs)
                .rememberSplit("corpus", corpusSplit).rememberSplit("results", resultsSplit);
        layout.apply(preferences.savedWindowLayout());
        preferences.followWindowLayout(layout::capture);
        preferences.followRun(selection);
        stage.show();

        preferences.openCorpora(corpusBrowser, executor);
        clipView.openDemoModel();
    }

    private static SplitPane verticalSplit(Node top, double divider) {
        SplitPane split = new SplitPane(top);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(divider);
        return split;
    }

    private static MenuBar menuBar(Stage stage, CorpusBrowserViewModel corpusBrowser, ClipViewModel clipView) {
        MenuItem open = new MenuItem("Open corpus folder…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a SAVEE or EMO-DB folder");
            File folder = chooser.showDialog(stage);
            if (folder != null) {
                corpusBrowser.open(List.of(folder.toPath()));
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> stage.close());

        MenuItem openModel = new MenuItem("Open model…");
        openModel.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        openModel.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a trained model (a run's models/fold-*.zip)");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Emoscope models", "*.zip"));
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                clipView.setModel(file.toPath());
            }
        });
        return new MenuBar(new Menu("File", null, open, quit), new Menu("Model", null, openModel));
    }

    /** Folders dropped anywhere on the window are opened as corpora. */
    private static void acceptDroppedFolders(BorderPane root, CorpusBrowserViewModel corpusBrowser) {
        root.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        root.setOnDragDropped(event -> {
            List<Path> folders = event.getDragboard().getFiles().stream()
                    .filter(File::isDirectory).map(File::toPath).toList();
            if (!folders.isEmpty()) {
                corpusBrowser.open(folders);
            }
            event.setDropCompleted(!folders.isEmpty());
            event.consume();
        });
    }

    @Override
    public void stop() {
        preferences.save();
        clipView.close();
        executor.shutdown();
    }
}
