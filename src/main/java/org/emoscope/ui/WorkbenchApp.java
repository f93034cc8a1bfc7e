package org.emoscope.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.emoscope.AppVersion;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.ThreadPoolTaskExecutor;
import org.emoscope.ui.corpus.CorpusBrowserView;
import org.emoscope.ui.corpus.CorpusBrowserViewModel;

/** The workbench window; opens the bundled sample corpus on start. */
public final class WorkbenchApp extends Application {
    private TaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new ThreadPoolTaskExecutor(Platform::runLater, 2);
        CorpusBrowserViewModel corpusBrowser = new CorpusBrowserViewModel(new CorpusReader(), executor);

        BorderPane root = new BorderPane(new CorpusBrowserView(corpusBrowser));
        root.setTop(menuBar(stage, corpusBrowser));
        acceptDroppedFolders(root, corpusBrowser);

        Scene scene = new Scene(root, 1100, 720);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/org/emoscope/ui/workbench.css").toExternalForm());
        stage.setTitle("Emoscope " + AppVersion.get());
        stage.setScene(scene);
        stage.show();

        corpusBrowser.openBundledSamples();
    }

    private static MenuBar menuBar(Stage stage, CorpusBrowserViewModel corpusBrowser) {
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
        return new MenuBar(new Menu("File", null, open, quit));
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
        executor.shutdown();
    }
}
