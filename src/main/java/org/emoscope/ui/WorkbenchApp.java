package org.emoscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import javafx.stage.WindowEvent;
import org.emoscope.AppVersion;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.experiment.DemoRun;
import org.emoscope.task.BackgroundTask;
import org.emoscope.features.FeatureCache;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.ThreadPoolTaskExecutor;
import org.emoscope.ui.audit.AuditView;
import org.emoscope.ui.audit.AuditViewModel;
import org.emoscope.ui.audit.RunVerdicts;
import org.emoscope.ui.clip.ClipView;
import org.emoscope.ui.clip.ClipViewModel;
import org.emoscope.ui.clip.TrainedModelAnalyser;
import org.emoscope.ui.corpus.CorpusBrowserView;
import org.emoscope.ui.corpus.CorpusBrowserViewModel;
import org.emoscope.ui.results.ResultsView;
import org.emoscope.ui.results.ResultsViewModel;
import org.emoscope.ui.training.TrainingView;
import org.emoscope.ui.training.TrainingViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench window: three workspaces in tabs (Corpus: the browser; Training; Results) and the
 * clip view, which follows the user into the Corpus and Results tabs. The view models share one
 * {@link WorkbenchSelection}. Opens the bundled sample corpus and, when there is one, the demo model
 * on start.
 */
public final class WorkbenchApp extends Application {
    private static final String CLIP_DIVIDER = "emoscope.clipDivider";
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    private TaskExecutor executor;
    // Training holds its thread for hours; its own keeps clips and imports responsive meanwhile.
    private TaskExecutor trainingExecutor;
    private ClipViewModel clipView;
    // A field: bidirectional bindings to it hold their ends only weakly.
    private WorkbenchSelection selection;

    @Override
    public void start(Stage stage) {
        executor = new ThreadPoolTaskExecutor(Platform::runLater, 2);
        trainingExecutor = new ThreadPoolTaskExecutor(Platform::runLater, 1);
        selection = new WorkbenchSelection();
        RunVerdicts verdicts = new RunVerdicts(selection, executor, Clock.systemDefaultZone());
        CorpusBrowserViewModel corpusBrowser = new CorpusBrowserViewModel(new CorpusReader(), executor, selection,
                verdicts);
        corpusBrowser.selectedClipProperty().bindBidirectional(selection.clipProperty());
        // The clip view model follows the selection: its clip, play requests and run (which picks the fold model).
        clipView = new ClipViewModel(executor, TrainedModelAnalyser::load, selection);
        ClipView clipViewNode = new ClipView(clipView);
        AuditViewModel audit = new AuditViewModel(selection, verdicts, Clock.systemDefaultZone());
        AuditView auditBar = new AuditView(audit);
        BorderPane clipPane = new BorderPane(clipViewNode);
        clipPane.setBottom(auditBar);

        Path runsFolder = RunsFolder.locate();
        TrainingViewModel training = new TrainingViewModel(corpusBrowser.openCorpora(), new CorpusReader(),
                trainingExecutor, runsFolder, FeatureCache.defaultDirectory());
        TrainingView trainingView = new TrainingView(training);
        Tab trainingTab = new Tab("Training", trainingView);
        SplitPane resultsSplit = verticalSplit(null, 0.58);
        Tab resultsTab = new Tab("Results", resultsSplit);
        SplitPane corpusSplit = verticalSplit(new CorpusBrowserView(corpusBrowser), 0.36);
        Tab corpusTab = new Tab("Corpus", corpusSplit);
        TabPane tabs = new TabPane(corpusTab, trainingTab, resultsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        ResultsViewModel results = new ResultsViewModel(executor, runsFolder, selection, corpusBrowser,
                run -> {
                    if (training.resume(run)) {
                        tabs.getSelectionModel().select(trainingTab);
                    }
                }, corpusBrowser::open);
        training.finishedRunProperty().addListener((obs, old, finished) -> results.refresh());
        resultsSplit.getItems().add(new ResultsView(results));
        corpusSplit.getItems().add(clipPane);
        corpusSplit.setDividerPositions((double) corpusSplit.getProperties().get(CLIP_DIVIDER));
        // One clip view, moved to whichever tab shows clips, so playback and zoom carry over.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            SplitPane target = tab == resultsTab ? resultsSplit : tab == corpusTab ? corpusSplit : null;
            if (target != null && !target.getItems().contains(clipPane)) {
                // Taken out of the other split first (a node left in two splits' items shows in neither on
                // the way back); each split keeps its own divider for when the clip pane returns.
                SplitPane source = target == resultsSplit ? corpusSplit : resultsSplit;
                if (!source.getDividers().isEmpty()) {
                    source.getProperties().put(CLIP_DIVIDER, source.getDividerPositions()[0]);
                }
                source.getItems().remove(clipPane);
                target.getItems().add(clipPane);
                target.setDividerPositions((double) target.getProperties().getOrDefault(CLIP_DIVIDER, 0.5));
            }
        });
        BorderPane root = new BorderPane(tabs);
        MenuBar menuBar = menuBar(stage, corpusBrowser, clipView);
        menuBar.getMenus().add(HelpMenu.create(menuBar, stage));
        root.setTop(menuBar);
        acceptDroppedFolders(root, corpusBrowser);

        Scene scene = new Scene(root, 1280, 860);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/org/emoscope/ui/workbench.css").toExternalForm());
        KeyboardShortcuts.install(scene, new KeyboardShortcuts.Actions(clipViewNode::togglePlayback, () -> selection.step(1),
                        () -> selection.step(-1), audit::setVerdict, audit::clearVerdict, auditBar::focusNote),
                () -> tabs.getSelectionModel().getSelectedItem() != trainingTab);
        stage.setOnCloseRequest(trainingView::confirmClose);
        stage.setTitle("Emoscope " + AppVersion.get());
        stage.setScene(scene);
        stage.show();

        corpusBrowser.openBundledSamples();
        clipView.openDemoModel();
        installDemoRunThenList(runsFolder, results);
    }

    /** Copies the bundled demo run into the runs folder (once), then lists the runs. */
    private void installDemoRunThenList(Path runsFolder, ResultsViewModel results) {
        executor.execute(BackgroundTask.of("Install the demo run", context -> {
            Optional<Path> bundled = BundledSamples.locate().flatMap(BundledSamples::demoRun);
            if (bundled.isPresent()) {
                DemoRun.installInto(runsFolder, bundled.get());
            }
            return bundled;
        }).onSuccess(bundled -> results.refresh()).onFailure(error -> {
            LOG.warn("Could not install the demo run into {}: {}", runsFolder, error.getMessage());
            results.refresh();
        }));
    }

    /** A vertical split whose top item comes later; {@code divider} applies once the clip pane joins it. */
    private static SplitPane verticalSplit(Node top, double divider) {
        SplitPane split = top == null ? new SplitPane() : new SplitPane(top);
        split.setOrientation(Orientation.VERTICAL);
        split.getProperties().put(CLIP_DIVIDER, divider);
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
        // A close request, not close(): it asks first while a training runs.
        quit.setOnAction(event -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

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
        clipView.close();
        executor.shutdown();
        trainingExecutor.shutdown();
    }
}
