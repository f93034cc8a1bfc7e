package org.emoscope.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.emoscope.AppVersion;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.ThreadPoolTaskExecutor;
import org.emoscope.ui.corpus.CorpusBrowserView;
import org.emoscope.ui.corpus.CorpusBrowserViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workbench window; opens the bundled sample corpus on start. */
public final class WorkbenchApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);

    private TaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new ThreadPoolTaskExecutor(Platform::runLater, 2);
        CorpusBrowserViewModel corpusBrowser = new CorpusBrowserViewModel(new CorpusReader(), executor);

        Scene scene = new Scene(new CorpusBrowserView(corpusBrowser), 1100, 720);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("/org/emoscope/ui/workbench.css").toExternalForm());
        stage.setTitle("Emoscope " + AppVersion.get());
        stage.setScene(scene);
        stage.show();

        corpusBrowser.open(sampleCorpora());
    }

    private static List<Path> sampleCorpora() {
        return BundledSamples.locate().map(folder -> {
            try {
                return BundledSamples.corpusFolders(folder);
            } catch (IOException e) {
                LOG.warn("{}: cannot list the sample corpus: {}", folder, e.getMessage());
                return List.<Path>of();
            }
        }).orElseGet(() -> {
            LOG.warn("no {} folder found beside the application", BundledSamples.FOLDER_NAME);
            return List.of();
        });
    }

    @Override
    public void stop() {
        executor.shutdown();
    }
}
