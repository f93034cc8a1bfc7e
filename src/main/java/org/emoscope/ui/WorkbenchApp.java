package org.emoscope.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.NotificationPane;
import org.emoscope.AppVersion;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.experiment.DemoRun;
import org.emoscope.features.FeatureCache;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.ThreadPoolTaskExecutor;
import org.emoscope.ui.audit.AuditView;
import org.emoscope.ui.audit.AuditViewModel;
import org.emoscope.ui.audit.RunVerdicts;
import org.emoscope.ui.clip.ClipComparisonView;
import org.emoscope.ui.clip.ClipComparisonViewModel;
import org.emoscope.ui.clip.ClipTimeline;
import org.emoscope.ui.clip.ClipView;
import org.emoscope.ui.clip.ClipViewModel;
import org.emoscope.ui.clip.DemoModel;
import org.emoscope.ui.clip.TrainedModelAnalyser;
import org.emoscope.ui.corpus.CorpusBrowserView;
import org.emoscope.ui.corpus.CorpusBrowserViewModel;
import org.emoscope.ui.live.LiveView;
import org.emoscope.ui.live.LiveViewModel;
import org.emoscope.ui.prefs.PreferencesModel;
import org.emoscope.ui.prefs.StageLayout;
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
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    private final FolderChooser folders;
    private TaskExecutor executor;
    // Training holds its thread for hours; its own keeps clips and imports responsive meanwhile.
    private TaskExecutor trainingExecutor;
    /** Listening holds its thread for as long as it listens, so it has one of its own. */
    private TaskExecutor liveExecutor;
    private LiveViewModel live;
    private ClipViewModel clipView;
    // Held here because bidirectional bindings hold their properties only weakly: without this
    // reference the selection is collected and the table's selection no longer reaches the clip view.
    private WorkbenchSelection selection;
    private PreferencesModel preferences;

    public WorkbenchApp() {
        this(FolderChooser.DIALOG);
    }

    /** A workbench whose menus ask {@code folders} for the folders to open (a test answers for the user). */
    WorkbenchApp(FolderChooser folders) {
        this.folders = folders;
    }

    @Override
    public void init() {
        // Runs on the launcher thread, which keeps reading the preferences file off the FX thread.
        preferences = PreferencesModel.load();
    }

    @Override
    public void start(Stage stage) {
        executor = new ThreadPoolTaskExecutor(Platform::runLater, 2);
        trainingExecutor = new ThreadPoolTaskExecutor(Platform::runLater, 1);
        liveExecutor = new ThreadPoolTaskExecutor(Platform::runLater, 1);
        selection = new WorkbenchSelection();
        RunVerdicts verdicts = new RunVerdicts(selection, executor, Clock.systemDefaultZone());
        Workspace workspace = new Workspace(new CorpusReader(), executor);
        CorpusBrowserViewModel corpusBrowser = new CorpusBrowserViewModel(workspace, selection, verdicts);
        corpusBrowser.selectedClipProperty().bindBidirectional(selection.clipProperty());
        // The clip view model follows the selection: its clip, play requests and run (which picks the fold model).
        clipView = new ClipViewModel(executor, TrainedModelAnalyser::load, selection);
        ClipView clipViewNode = new ClipView(clipView);
        AuditViewModel audit = new AuditViewModel(selection, verdicts, Clock.systemDefaultZone());
        AuditView auditBar = new AuditView(audit);
        BorderPane clipPane = new BorderPane(clipViewNode);
        clipPane.setBottom(auditBar);
        clipPane.setId("clip-pane");

        // Where runs are listed and trained into; File → Runs folder… changes it.
        ObjectProperty<Path> runsFolder = new SimpleObjectProperty<>(preferences.runsFolder().toAbsolutePath().normalize());
        TrainingViewModel training = new TrainingViewModel(workspace.corpora(), new CorpusReader(),
                trainingExecutor, runsFolder::get, FeatureCache.defaultDirectory());
        TrainingView trainingView = new TrainingView(training);
        Tab trainingTab = new Tab("Training", trainingView);
        SplitPane resultsSplit = verticalSplit(null);
        resultsSplit.setDividerPositions(0.5);  // kept by the pane for when the clip pane first joins it
        Tab resultsTab = new Tab("Results", resultsSplit);
        ClipComparisonViewModel comparison = new ClipComparisonViewModel(executor);
        SplitPane corpusSplit = verticalSplit(new CorpusBrowserView(corpusBrowser, clips -> {
            comparison.compare(clips, clipView.reading());
            ClipComparisonView.show(stage, comparison);
        }));
        Tab corpusTab = new Tab("Corpus", corpusSplit);
        live = new LiveViewModel(liveExecutor, Platform::runLater, demoModel(),
                () -> Optional.ofNullable(selection.clipProperty().get()).map(Clip::path));
        Tab liveTab = new Tab("Live", new LiveView(live));
        TabPane tabs = new TabPane(corpusTab, trainingTab, resultsTab, liveTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("workbench-tabs");

        ResultsViewModel results = new ResultsViewModel(executor, runsFolder, selection, workspace,
                run -> {
                    if (training.resume(run)) {
                        tabs.getSelectionModel().select(trainingTab);
                    }
                }, workspace::open);
        training.finishedRunProperty().addListener((obs, old, finished) -> results.refresh());
        resultsSplit.getItems().add(new ResultsView(results));
        corpusSplit.getItems().add(clipPane);
        corpusSplit.setDividerPositions(0.36);
        // One clip view, moved to whichever tab shows clips, so playback and zoom carry over.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            SplitPane target = tab == resultsTab ? resultsSplit : tab == corpusTab ? corpusSplit : null;
            if (target != null && !target.getItems().contains(clipPane)) {
                // Out of the other pane's items too, or its skin takes the node back. The
                // StageLayout below puts a pane's divider back when the clip view returns to it.
                corpusSplit.getItems().remove(clipPane);
                resultsSplit.getItems().remove(clipPane);
                target.getItems().add(clipPane);
            }
        });
        // Notices about the session itself (a damaged preferences file) slide in above the tabs.
        NotificationPane notices = new NotificationPane(tabs);
        notices.setId("workbench-notices");
        BorderPane root = new BorderPane(notices);
        MenuBar menuBar = menuBar(stage, folders, workspace, clipView, results,
                () -> tabs.getSelectionModel().select(resultsTab));
        menuBar.getMenus().add(HelpMenu.create(menuBar, stage));
        root.setTop(menuBar);
        acceptDroppedFolders(root, workspace);

        Scene scene = new Scene(root, 1280, 860);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/org/emoscope/ui/workbench.css").toExternalForm());
        ClipTimeline timeline = clipView.timeline();
        KeyboardShortcuts.TimeActions time = new KeyboardShortcuts.TimeActions(timeline::zoomIn, timeline::zoomOut,
                timeline::fit, () -> timeline.panStep(-1), () -> timeline.panStep(1), () -> clipViewNode.seekStep(-1),
                () -> clipViewNode.seekStep(1), () -> clipViewNode.seekTo(0), clipViewNode::seekToEnd);
        KeyboardShortcuts.install(scene, new KeyboardShortcuts.Actions(clipViewNode::togglePlayback, () -> selection.step(1),
                        () -> selection.step(-1), audit::setVerdict, audit::clearVerdict, auditBar::focusNote, time),
                () -> tabs.getSelectionModel().getSelectedItem() != trainingTab);
        stage.setOnCloseRequest(trainingView::confirmClose);
        stage.setTitle("Emoscope " + AppVersion.get());
        stage.setScene(scene);
        StageLayout layout = new StageLayout(stage, tabs)
                .rememberSplit("corpus", corpusSplit).rememberSplit("results", resultsSplit);
        layout.apply(preferences.savedWindowLayout());
        preferences.followWindowLayout(layout::capture);
        preferences.followRun(selection);
        preferences.followRunsFolder(runsFolder, executor);
        stage.show();
        preferences.startupNotice().ifPresent(notice -> notices.show("", wrapping(notice, notices)));

        preferences.openCorpora(workspace, executor);
        clipView.openDemoModel();
        installDemoRunThenList(runsFolder.get(), results);
        preferences.restoreLastRun(selection, results::openRun, executor);
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

    /** A notice as a label that wraps within the pane, so no part of it is cut off. */
    private static Label wrapping(String notice, NotificationPane pane) {
        Label label = new Label(notice);
        label.setWrapText(true);
        label.setId("workbench-notice");
        label.maxWidthProperty().bind(pane.widthProperty().subtract(80));
        return label;
    }

    /** A vertical split; {@code top} may be null when its view comes later. */
    private static SplitPane verticalSplit(Node top) {
        SplitPane split = top == null ? new SplitPane() : new SplitPane(top);
        split.setOrientation(Orientation.VERTICAL);
        return split;
    }

    private static MenuBar menuBar(Stage stage, FolderChooser folders, Workspace workspace, ClipViewModel clipView,
                                   ResultsViewModel results, Runnable showResults) {
        MenuItem open = new MenuItem("Open corpus folder…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> folders.choose(stage, "Open a SAVEE or EMO-DB folder", null)
                .ifPresent(folder -> workspace.open(List.of(folder))));
        MenuItem runsFolder = new MenuItem("Runs folder…");
        runsFolder.setOnAction(event -> folders.choose(stage, "The folder whose runs the workbench lists and trains into",
                results.runsFolder()).ifPresent(folder -> {
                    results.showRunsIn(folder);
                    showResults.run();
                }));
        MenuItem openRun = new MenuItem("Open run…");
        openRun.setOnAction(event -> folders.choose(stage, "Open a run folder (one made by train, baseline or the workbench)",
                results.runsFolder()).ifPresent(run -> {
                    results.openRun(run);
                    showResults.run();
                }));
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
        return new MenuBar(new Menu("File", null, open, openRun, runsFolder, new SeparatorMenuItem(), quit),
                new Menu("Model", null, openModel));
    }

    /** Folders dropped anywhere on the window are opened as corpora. */
    private static void acceptDroppedFolders(BorderPane root, Workspace workspace) {
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
                workspace.open(folders);
            }
            event.setDropCompleted(!folders.isEmpty());
            event.consume();
        });
    }

    @Override
    public void stop() {
        preferences.save();
        clipView.close();
        live.stop();
        executor.shutdown();
        trainingExecutor.shutdown();
        liveExecutor.shutdown();
    }

    /** The bundled demo model, which the Live tab listens with until another is chosen; null when there is none. */
    private static Path demoModel() {
        try {
            return DemoModel.locate().orElse(null);
        } catch (IOException e) {
            LOG.warn("no demo model for the Live tab: {}", e.getMessage());
            return null;
        }
    }
}
