package org.emoscope.ui.prefs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.Corpus;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.RunsFolder;
import org.emoscope.ui.Workspace;
import org.emoscope.ui.WorkbenchSelection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preferences of one workbench session: starts from the saved ones, follows what the user opens
 * (corpora, the selected run) and the window layout, and saves them: in the background whenever
 * corpora open, and at once on {@link #save()} when the workbench closes.
 *
 * <p>The corpora it remembers are the user's own: the bundled sample corpora are left out, since
 * the workbench opens them anyway when there are none, and their folder moves when the application
 * is installed elsewhere. Use it on the FX thread (the executor's callback thread); only the file
 * is written elsewhere. Needs no running toolkit.
 */
public final class PreferencesModel {
    private static final Logger LOG = LoggerFactory.getLogger(PreferencesModel.class);

    private final PreferencesFile file;
    private final Path bundledSamples;
    private final AtomicReference<WorkbenchPreferences> unsaved = new AtomicReference<>();
    private final Object writeLock = new Object();
    private final Optional<String> startupNotice;
    private WorkbenchPreferences current;
    private Supplier<WindowLayout> windowLayout;

    /**
     * @param saved          the preferences read from {@code file}
     * @param bundledSamples the bundled sample folder, whose corpora are not remembered; null if none
     */
    public PreferencesModel(PreferencesFile file, WorkbenchPreferences saved, Path bundledSamples) {
        this(file, PreferencesReading.clean(saved), bundledSamples);
    }

    private PreferencesModel(PreferencesFile file, PreferencesReading reading, Path bundledSamples) {
        this.file = file;
        this.bundledSamples = bundledSamples == null ? null : bundledSamples.toAbsolutePath().normalize();
        this.current = reading.preferences();
        this.windowLayout = current::window;
        this.startupNotice = reading.notice();
    }

    /**
     * Reads the preferences file ({@link PreferencesFile#locate()}) and finds the bundled samples.
     * Touches the disk: call it off the FX thread, e.g. in {@code Application.init()}.
     */
    public static PreferencesModel load() {
        PreferencesFile file = PreferencesFile.atDefaultLocation();
        return new PreferencesModel(file, file.readReporting(), BundledSamples.locate().orElse(null));
    }

    /** What the window should tell the user about the preferences file (damaged, newer, unreadable), if anything. */
    public Optional<String> startupNotice() {
        return startupNotice;
    }

    /** The preferences as they stand, with the window layout as the window reports it now. */
    public WorkbenchPreferences current() {
        return current.withWindow(windowLayout.get());
    }

    /** The saved window layout, to apply before the window is shown. */
    public WindowLayout savedWindowLayout() {
        return current.window();
    }

    /** From now on the window layout is read from {@code layout} (e.g. {@link StageLayout#capture}). */
    public void followWindowLayout(Supplier<WindowLayout> layout) {
        windowLayout = layout;
    }

    /** The runs folder: {@code -Demoscope.runs}, else the remembered one, else the default. */
    public Path runsFolder() {
        return RunsFolder.locate(current.runsFolder());
    }

    /**
     * Opens the remembered corpora in {@code workspace}, and the bundled samples when they were open
     * last time or nothing else is remembered, and from then on remembers the corpora open there, saving through
     * {@code executor} whenever they change. Folders that no longer hold a corpus show up as the
     * workspace's import problems; they stay remembered until another corpus opens.
     */
    public void openCorpora(Workspace workspace, TaskExecutor executor) {
        workspace.corpora().addListener((ListChangeListener<Corpus>) change -> {
            List<Path> roots = workspace.corpora().stream().map(corpus -> corpus.root().toAbsolutePath().normalize())
                    .toList();
            List<Path> mine = roots.stream().filter(root -> !isBundled(root)).toList();
            // Only the samples open (a remembered folder gone): the folder stays remembered until another opens.
            current = (mine.isEmpty() ? current : current.withCorpora(mine))
                    .withSampleCorpora(roots.stream().anyMatch(this::isBundled));
            saveInBackground(executor);
        });
        // Read before opening: each opened corpus updates what is remembered.
        List<Path> remembered = current.corpora();
        // The samples come back when they were open, so the demo run's test clips do not vanish.
        if (current.opensSampleCorpora()) {
            workspace.openBundledSamples();
        }
        if (!remembered.isEmpty()) {
            workspace.open(remembered);
        }
    }

    private boolean isBundled(Path root) {
        return bundledSamples != null && root.startsWith(bundledSamples);
    }

    /** Remembers the folder of the run selected in {@code selection} (none when it is cleared). */
    public void followRun(WorkbenchSelection selection) {
        selection.runProperty().addListener((obs, old, run) ->
                current = current.withLastRun(run == null ? null : run.directory()));
    }

    /**
     * Checks in the background that the last selected run can still be read, then hands its folder to
     * {@code open} (the Results view, which selects it) unless a run has been selected meanwhile. A run that
     * cannot be read any more (deleted, damaged) is logged and forgotten.
     */
    public void restoreLastRun(WorkbenchSelection selection, Consumer<Path> open, TaskExecutor executor) {
        Path lastRun = current.lastRun();
        if (lastRun == null) {
            return;
        }
        executor.execute(BackgroundTask.of("Reopen the last run", context -> RunResults.read(lastRun))
                .onSuccess(run -> {
                    if (selection.runProperty().get() == null) {
                        open.accept(lastRun);
                    }
                })
                .onFailure(error -> {
                    LOG.warn("Could not reopen the last run {}: {}", lastRun, error.getMessage());
                    if (lastRun.equals(current.lastRun())) {
                        current = current.withLastRun(null);
                    }
                }));
    }

    /** Remembers the runs folder {@code folder} changes to (the user chose one), saving through {@code executor}. */
    public void followRunsFolder(ObservableValue<Path> folder, TaskExecutor executor) {
        folder.addListener((obs, old, now) -> {
            current = current.withRunsFolder(now);
            saveInBackground(executor);
        });
    }

    /** Saves the current preferences through {@code executor}. */
    public void saveInBackground(TaskExecutor executor) {
        unsaved.set(current());
        executor.execute(BackgroundTask.of("Save preferences", context -> {
            writeLatest();
            return null;
        }).onFailure(error -> LOG.warn("Could not save the preferences to {}: {}", file.path(), error.getMessage())));
    }

    /**
     * Saves the current preferences on this thread: for closing, when the window is gone and the
     * background threads are about to stop. A failure is logged.
     */
    public void save() {
        unsaved.set(current());
        try {
            writeLatest();
        } catch (IOException e) {
            LOG.warn("Could not save the preferences to {}: {}", file.path(), e.getMessage());
        }
    }

    /** Writes the newest unsaved preferences, so overlapping saves end with the newest on disk. */
    private void writeLatest() throws IOException {
        synchronized (writeLock) {
            WorkbenchPreferences latest = unsaved.getAndSet(null);
            if (latest != null) {
                file.write(latest);
            }
        }
    }
}
