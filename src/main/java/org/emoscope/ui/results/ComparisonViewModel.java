package org.emoscope.ui.results;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.emoscope.experiment.AblationResults;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.RunComparison;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.RunScores;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;

/**
 * The selected run beside a second one the user picks (e.g. single task against multitask): their
 * pooled scores and per-class recalls with the differences, and, when the selected run belongs to
 * an ablation folder, that folder's table beside the paper's numbers. The second run is read
 * through the {@link TaskExecutor}; properties change on its callback thread (the FX thread).
 */
public final class ComparisonViewModel {
    private final TaskExecutor executor;
    private final ObservableList<RunRow> runs;
    private final FilteredList<RunRow> candidates;
    private final ObservableList<RunRow> candidatesReadOnly;
    private final ObjectProperty<RunRow> compareWith = new SimpleObjectProperty<>();
    private final ObservableList<RunComparison.Row> rows = FXCollections.observableArrayList();
    private final ObservableList<RunComparison.Row> rowsReadOnly = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper firstRun = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper secondRun = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<AblationResults.Row> ablationRows = FXCollections.observableArrayList();
    private final ObservableList<AblationResults.Row> ablationRowsReadOnly =
            FXCollections.unmodifiableObservableList(ablationRows);
    private final ReadOnlyStringWrapper ablationTitle = new ReadOnlyStringWrapper("");

    private RunRow current;
    private RunScores currentScores;
    private RunScores otherScores;
    private RunComparison comparison;
    private long generation;

    ComparisonViewModel(TaskExecutor executor, ObservableList<RunRow> runs) {
        this.executor = executor;
        this.runs = runs;
        this.candidates = new FilteredList<>(runs, row -> true);
        this.candidatesReadOnly = FXCollections.unmodifiableObservableList(candidates);
        compareWith.addListener((obs, old, row) -> readOther(row));
        // After a refresh the rows are new objects: follow the compared run to its new row.
        runs.addListener((ListChangeListener<RunRow>) change -> {
            RunRow other = compareWith.get();
            if (other != null && !runs.contains(other)) {
                compareWith.set(runs.stream().filter(r -> r.directory().equals(other.directory())).findFirst()
                        .orElse(null));
            }
        });
        updateMessage();
    }

    void show(RunRow row, LoadedRun run) {
        current = row;
        currentScores = run.scores();
        candidates.setPredicate(r -> !r.directory().equals(row.directory()));
        if (compareWith.get() != null && compareWith.get().directory().equals(row.directory())) {
            compareWith.set(null);
        }
        ablationRows.setAll(run.ablation());
        ablationTitle.set(run.ablationGroup() == null ? ""
                : "Ablation " + run.ablationGroup() + " — Fu et al., Table 2 (paper: SAVEE LOSO, "
                + "test-oracle model selection)");
        compare();
    }

    void clear() {
        current = null;
        currentScores = null;
        candidates.setPredicate(r -> true);
        ablationRows.clear();
        ablationTitle.set("");
        compare();
    }

    private void readOther(RunRow row) {
        long asked = ++generation;
        otherScores = null;
        if (row == null) {
            loading.set(false);
            compare();
            return;
        }
        loading.set(true);
        updateMessage();
        executor.execute(BackgroundTask.of("Read " + row.name(),
                        context -> RunScores.of(RunResults.read(row.directory())).orElse(null))
                .onSuccess(scores -> {
                    if (asked == generation) {
                        loading.set(false);
                        otherScores = scores;
                        compare();
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        loading.set(false);
                        compare();
                        message.set("Cannot read " + row.name() + ": " + error.getMessage());
                    }
                }));
    }

    private void compare() {
        RunRow other = compareWith.get();
        comparison = current != null && other != null && currentScores != null && otherScores != null
                ? RunComparison.of(current.name(), currentScores.metrics(), other.name(), otherScores.metrics())
                : null;
        rows.setAll(comparison == null ? List.of() : comparison.rows());
        firstRun.set(current == null ? "" : current.name());
        secondRun.set(other == null ? "" : other.name());
        updateMessage();
    }

    private void updateMessage() {
        RunRow other = compareWith.get();
        if (current == null) {
            message.set("Select a run to compare");
        } else if (other == null) {
            message.set("Pick a second run to compare " + current.name() + " with");
        } else if (loading.get()) {
            message.set("Reading " + other.name() + "…");
        } else if (currentScores == null) {
            message.set(current.name() + " has no finished fold to compare");
        } else if (otherScores == null) {
            message.set(other.name() + " has no finished fold to compare");
        } else {
            boolean partial = currentScores.partial() || otherScores.partial();
            message.set(other.name() + " against " + current.name() + ": differences in percentage points, "
                    + "green where " + other.name() + " is better, red where it is worse"
                    + (partial ? ". Partial: a run has not finished." : "."));
        }
    }

    /** The runs the selected one can be compared with: all listed runs but itself. */
    public ObservableList<RunRow> candidates() {
        return candidatesReadOnly;
    }

    /** The second run; null when none. */
    public ObjectProperty<RunRow> compareWithProperty() {
        return compareWith;
    }

    /** WA, UA and macro-F1, then one recall per class; difference = second − first. */
    public ObservableList<RunComparison.Row> rows() {
        return rowsReadOnly;
    }

    /** The selected run's name, for a column header. */
    public ReadOnlyStringProperty firstRunProperty() {
        return firstRun.getReadOnlyProperty();
    }

    /** The compared run's name, for a column header. */
    public ReadOnlyStringProperty secondRunProperty() {
        return secondRun.getReadOnlyProperty();
    }

    /** What the table shows, or why it is empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The table of the ablation folder the selected run belongs to; empty when it belongs to none. */
    public ObservableList<AblationResults.Row> ablationRows() {
        return ablationRowsReadOnly;
    }

    /** Names the ablation folder; empty when the selected run belongs to none. */
    public ReadOnlyStringProperty ablationTitleProperty() {
        return ablationTitle.getReadOnlyProperty();
    }

    /** The comparison as shown; empty when there is none. */
    public CsvTable comparisonTable() {
        return comparison == null
                ? new CsvTable(List.of("kind", "name", "first", "second", "difference"), List.of())
                : comparison.toTable();
    }

    public CsvTable ablationTable() {
        return AblationResults.toTable(ablationRows);
    }
}
