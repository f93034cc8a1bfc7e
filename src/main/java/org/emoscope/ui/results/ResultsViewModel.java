package org.emoscope.ui.results;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.experiment.AblationResults;
import org.emoscope.io.AtomicFiles;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.GridMerge;
import org.emoscope.experiment.GridPlan;
import org.emoscope.experiment.GridStatus;
import org.emoscope.experiment.RunIndex;
import org.emoscope.experiment.RunMetrics;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.RunScores;
import org.emoscope.experiment.RunSummary;
import org.emoscope.experiment.SeedGroup;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.ClipCatalog;
import org.emoscope.ui.WorkbenchSelection;
import org.emoscope.ui.controls.ArgbImage;
import org.emoscope.ui.controls.PngImages;

/**
 * The Results workspace: the runs of the runs folder (damaged ones listed with their problems), the
 * selected run read in the background and published as {@link WorkbenchSelection#runProperty()},
 * its confusion matrix ({@link #matrix()}), scores ({@link #scores()}) and comparison with another
 * run ({@link #comparison()}), resuming a stopped run, and exporting tables and pictures.
 *
 * <p>Listing, reading and writing run through the {@link TaskExecutor}; every property changes on
 * its callback thread (the FX thread in the workbench), and the public methods must be called there.
 */
public final class ResultsViewModel {
    private final TaskExecutor executor;
    private final ObjectProperty<Path> runsFolder;
    private final WorkbenchSelection selection;
    private final Consumer<Path> resume;

    private final ObservableList<RunRow> runs = FXCollections.observableArrayList();
    // Handed-out read-only lists are made once: a throw-away wrapper would drop its listeners when collected.
    private final ObservableList<RunRow> runsReadOnly = FXCollections.unmodifiableObservableList(runs);
    private final ObjectProperty<RunRow> selectedRun = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper listing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper resumable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper runProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final MatrixViewModel matrix;
    private final ScoresViewModel scores = new ScoresViewModel();
    private final ComparisonViewModel comparison;
    private final AttentionViewModel attention;

    private long listGeneration;
    private long readGeneration;
    /** A run to select once the listing that holds it arrives ({@link #openRun}); null when none is asked for. */
    private Path runToSelect;

    /**
     * @param runsFolder  where the runs are, usually {@link org.emoscope.ui.RunsFolder#locate(Path)}; shared with the
     *                    training, which makes new runs there; when it changes the runs are listed again
     * @param catalog     finds the clips of the open corpora, to play the clips behind a cell
     * @param resume      continues a stopped run, given its folder (the training workspace)
     * @param openCorpora opens corpus folders (the corpus browser), when a run's corpus is not open
     */
    public ResultsViewModel(TaskExecutor executor, ObjectProperty<Path> runsFolder, WorkbenchSelection selection,
                            ClipCatalog catalog, Consumer<Path> resume, Consumer<List<Path>> openCorpora) {
        this.executor = executor;
        this.runsFolder = runsFolder;
        this.selection = selection;
        this.resume = resume;
        this.matrix = new MatrixViewModel(selection, catalog, openCorpora);
        this.comparison = new ComparisonViewModel(executor, runs);
        this.attention = new AttentionViewModel(executor, selection.runProperty());
        selectedRun.addListener((obs, old, row) -> read(row));
        runsFolder.addListener((obs, old, folder) -> {
            selectedRun.set(null);
            refresh();
        });
    }

    /**
     * Lists the runs again, keeps the selected run selected and reads it again (a run that was
     * training may have finished folds). Call it when a training ends.
     */
    public void refresh() {
        long asked = ++listGeneration;
        Path folder = runsFolder.get();
        listing.set(true);
        status.set("Reading " + folder + "…");
        executor.execute(BackgroundTask.of("List runs", context -> listRuns(folder))
                .onSuccess(listed -> {
                    if (asked == listGeneration) {
                        listing.set(false);
                        showRuns(listed.rows(), listed.grids());
                    }
                })
                .onFailure(error -> {
                    if (asked == listGeneration) {
                        listing.set(false);
                        status.set("Cannot list the runs in " + folder + ": " + error.getMessage());
                    }
                }));
    }

    /**
     * Lists the runs of {@code folder} from now on, forgetting the selected run, and remembers nothing else
     * about the previous folder. A folder that does not exist yet lists no runs (training creates it).
     */
    public void showRunsIn(Path folder) {
        Path normalised = folder.toAbsolutePath().normalize();
        if (normalised.equals(runsFolder.get())) {
            refresh();
        } else {
            runsFolder.set(normalised); // lists them
        }
    }

    /**
     * Selects the run in {@code run}: one in the runs folder (a seed or ablation member too) after listing it
     * again; any other run by listing its parent folder from now on. Says so in the status when it is no run.
     */
    public void openRun(Path run) {
        Path normalised = run.toAbsolutePath().normalize();
        runToSelect = normalised;
        if (normalised.startsWith(runsFolder.get()) && !normalised.equals(runsFolder.get())) {
            refresh();
        } else {
            showRunsIn(normalised.getParent() == null ? normalised : normalised.getParent());
        }
    }

    /** The rows of a runs folder and, for each grid in it, its progress in words. */
    private record Listing(List<RunRow> rows, List<String> grids) {
    }

    private Listing listRuns(Path folder) throws IOException {
        RunIndex index = new RunIndex(ConfigSummary::of);
        List<RunSummary> summaries = new ArrayList<>(listGroups(index, folder));
        List<String> grids = new ArrayList<>();
        for (Path grid : GridPlan.gridsIn(folder)) {
            // A grid shows its merged runs; its tasks' own folders are its progress.
            summaries.addAll(listGroups(index, grid.resolve(GridMerge.MERGED)));
            try {
                grids.add("grid " + grid.getFileName() + ": " + GridStatus.of(grid).progressText());
            } catch (ExperimentFolderException e) {
                grids.add("grid " + grid.getFileName() + ": " + e.getMessage());
            }
        }
        List<RunRow> rows = new ArrayList<>();
        for (RunSummary summary : summaries) {
            rows.add(row(folder, summary));
        }
        return new Listing(rows, grids);
    }

    /** The runs in {@code folder}, the seeds of its seed groups, and the same in each of its ablation folders. */
    private static List<RunSummary> listGroups(RunIndex index, Path folder) throws IOException {
        List<RunSummary> summaries = new ArrayList<>(listWithSeeds(index, folder));
        for (Path group : AblationResults.foldersIn(folder)) {
            summaries.addAll(listWithSeeds(index, group));
        }
        return summaries;
    }

    /** The runs in {@code folder}, then the seeds of each seed group in it (its member runs). */
    private static List<RunSummary> listWithSeeds(RunIndex index, Path folder) throws IOException {
        List<RunSummary> summaries = new ArrayList<>(index.list(folder));
        for (Path group : SeedGroup.foldersIn(folder)) {
            summaries.addAll(index.list(group));
        }
        return summaries;
    }

    /**
     * The row of a listed run: a finished run's scores as its summary has them from {@code metrics.json}; an
     * unfinished one's computed from the predictions of the folds finished so far (the only run read further).
     */
    private static RunRow row(Path folder, RunSummary summary) {
        List<String> problems = new ArrayList<>(summary.problems());
        double wa = summary.wa() == null ? Double.NaN : summary.wa();
        double ua = summary.ua() == null ? Double.NaN : summary.ua();
        double macroF1 = summary.macroF1() == null ? Double.NaN : summary.macroF1();
        int folds = summary.folds();
        boolean partial = false;
        RunScores runScores = null;
        if (summary.ua() == null) {
            try {
                runScores = RunScores.of(RunResults.read(summary.directory(), summary)).orElse(null);
            } catch (IOException | IllegalArgumentException e) {
                if (!problems.contains(e.getMessage())) {
                    problems.add(e.getMessage());
                }
            }
        }
        if (runScores != null) {
            RunMetrics.Scores pooled = runScores.metrics().pooled();
            wa = pooled.wa();
            ua = pooled.ua();
            macroF1 = pooled.macroF1();
            folds = runScores.folds();
            partial = runScores.partial();
        }
        String name = folder.relativize(summary.directory()).toString().replace('\\', '/');
        return new RunRow(name, summary.directory(), summary.state(), summary.stateMessage(), wa, ua, macroF1, folds,
                partial, summary.configSummary(), problems);
    }

    private void showRuns(List<RunRow> rows, List<String> grids) {
        RunRow previous = selectedRun.get();
        runs.setAll(rows);
        long damaged = rows.stream().filter(RunRow::isDamaged).count();
        String gridProgress = grids.stream().map(grid -> " · " + grid).reduce("", String::concat);
        status.set((rows.isEmpty() ? "No runs yet in " + runsFolder.get()
                : String.format(Locale.ROOT, "%d %s in %s%s", rows.size(), rows.size() == 1 ? "run" : "runs",
                runsFolder.get(), damaged == 0 ? "" : " · " + damaged + " damaged")) + gridProgress);
        if (runToSelect != null) {
            Path wanted = runToSelect;
            runToSelect = null;
            Optional<RunRow> asked = rows.stream().filter(r -> r.directory().toAbsolutePath().normalize().equals(wanted))
                    .findFirst();
            if (asked.isPresent()) {
                selectedRun.set(asked.get());
                return;
            }
            status.set(status.get() + " · " + wanted + " is not a run");
        }
        if (previous == null) {
            return;
        }
        Optional<RunRow> again = rows.stream().filter(r -> r.directory().equals(previous.directory())).findFirst();
        if (again.isPresent() && again.get().equals(previous)) {
            read(previous);
        } else {
            selectedRun.set(again.orElse(null));
        }
    }

    private void read(RunRow row) {
        long asked = ++readGeneration;
        resumable.set(row != null && row.isResumable());
        if (row == null) {
            loading.set(false);
            runTitle.set("");
            runDetail.set("");
            runProblem.set("");
            showNothing();
            return;
        }
        runTitle.set(row.name());
        runDetail.set(detail(row));
        runProblem.set(row.isDamaged() ? "Damaged: " + String.join("; ", row.problems()) : "");
        loading.set(true);
        executor.execute(BackgroundTask.of("Read run " + row.name(), context -> LoadedRun.read(row.directory()))
                .onSuccess(run -> {
                    if (asked == readGeneration) {
                        loading.set(false);
                        selection.runProperty().set(run.results());
                        matrix.show(run);
                        scores.show(run);
                        comparison.show(row, run);
                    }
                })
                .onFailure(error -> {
                    if (asked == readGeneration) {
                        loading.set(false);
                        String problem = "Cannot read " + row.name() + ": " + error.getMessage();
                        runProblem.set(runProblem.get().isEmpty() ? problem : runProblem.get() + "; " + problem);
                        showNothing();
                    }
                }));
    }

    private void showNothing() {
        selection.runProperty().set(null);
        matrix.clear();
        scores.clear();
        comparison.clear();
    }

    private static String detail(RunRow row) {
        StringBuilder detail = new StringBuilder(row.stateText());
        if (row.stateMessage() != null && !row.stateMessage().isBlank()) {
            detail.append(": ").append(row.stateMessage());
        }
        if (row.isResumable()) {
            detail.append(" — can be resumed");
        }
        if (!row.configSummary().isEmpty()) {
            detail.append(" · ").append(row.configSummary());
        }
        return detail.toString();
    }

    /** Continues the selected run from its checkpoints, when it is {@link #resumableProperty() resumable}. */
    public void resumeSelected() {
        RunRow row = selectedRun.get();
        if (row != null && row.isResumable()) {
            resume.accept(row.directory());
        }
    }

    /** Writes a table as CSV in the background, replacing {@code target} atomically. */
    public void exportCsv(CsvTable table, Path target) {
        write(target, () -> table.write(target));
    }

    /** Writes a picture as PNG in the background, replacing {@code target} atomically. */
    public void exportPng(ArgbImage image, Path target) {
        write(target, () -> AtomicFiles.write(target, PngImages.encode(image)));
    }

    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private void write(Path target, Write write) {
        message.set("Saving " + target.getFileName() + "…");
        executor.execute(BackgroundTask.of("Save " + target.getFileName(), context -> {
                    write.run();
                    return target;
                })
                .onSuccess(saved -> message.set("Saved " + saved))
                .onFailure(error -> message.set("Could not save " + target + ": " + reason(error))));
    }

    /** File-system exceptions carry only the path as their message; say what went wrong instead. */
    private static String reason(Throwable error) {
        if (error instanceof AccessDeniedException) {
            return "permission denied";
        } else if (error instanceof NoSuchFileException) {
            return "its folder does not exist";
        } else if (error instanceof FileAlreadyExistsException e) {
            return e.getFile() + " is a file, not a folder";
        } else if (error instanceof FileSystemException e && e.getReason() != null) {
            return e.getReason();
        }
        return String.valueOf(error.getMessage());
    }

    /**
     * The runs in name order, then the seeds of seed groups ({@code NAME/seed-42}), then ablation
     * folders' runs and seeds; damaged ones included.
     */
    public ObservableList<RunRow> runs() {
        return runsReadOnly;
    }

    /** The run whose results are shown; setting it reads the run in the background. */
    public ObjectProperty<RunRow> selectedRunProperty() {
        return selectedRun;
    }

    public Path runsFolder() {
        return runsFolder.get();
    }


    public ReadOnlyBooleanProperty listingProperty() {
        return listing.getReadOnlyProperty();
    }

    /** Whether the selected run is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether the selected run was killed, cancelled or failed and can go on from its checkpoints. */
    public ReadOnlyBooleanProperty resumableProperty() {
        return resumable.getReadOnlyProperty();
    }

    /** E.g. "12 runs in /home/me/emoscope/runs · 1 damaged". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The selected run's name; empty when none. */
    public ReadOnlyStringProperty runTitleProperty() {
        return runTitle.getReadOnlyProperty();
    }

    /** The selected run's state, its message and its configuration in one line. */
    public ReadOnlyStringProperty runDetailProperty() {
        return runDetail.getReadOnlyProperty();
    }

    /** What is wrong with the selected run's files; empty for a healthy run. */
    public ReadOnlyStringProperty runProblemProperty() {
        return runProblem.getReadOnlyProperty();
    }

    /** The outcome of the last export. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public MatrixViewModel matrix() {
        return matrix;
    }

    public ScoresViewModel scores() {
        return scores;
    }

    public AttentionViewModel attention() {
        return attention;
    }

    public ComparisonViewModel comparison() {
        return comparison;
    }
}
