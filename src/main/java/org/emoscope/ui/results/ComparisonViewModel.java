package org.emoscope.ui.results;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.emoscope.evaluation.PairedComparison;
import org.emoscope.experiment.AblationResults;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.ReplicatedScores;
import org.emoscope.experiment.RunComparison;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.RunScores;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;

/**
 * The selected run beside a second one the user picks (e.g. single task against multitask): their
 * pooled scores and per-class recalls with the differences, the paired test over the folds both
 * have (which marks differences within noise), and, when the selected run belongs to an ablation
 * folder, that folder's table beside the paper's numbers. When either run is a seed of a seed group
 * and {@link #overSeedsProperty()} is set, each side is its whole group: means over seeds, and each
 * fold's score averaged over seeds for the paired test. The second run is read through the {@link
 * TaskExecutor}; properties change on its callback thread (the FX thread).
 */
public final class ComparisonViewModel {
    /** What the paired test over folds says about the UA difference. */
    public enum Noise {
        /** No test: no comparison, or no fold in common. */
        NONE,
        /** p ≥ 0.05 or the bootstrap interval contains 0. */
        WITHIN,
        /** p &lt; 0.05 and the bootstrap interval excludes 0. */
        BEYOND
    }

    /** The second run's scores, and its seed group's when it is a seed of one. */
    private record Other(RunScores scores, ReplicatedScores group) {
    }

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
    private final BooleanProperty overSeeds = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper overSeedsAvailable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<PairedComparison.FoldDifference> pairedFolds = FXCollections.observableArrayList();
    private final ObservableList<PairedComparison.FoldDifference> pairedFoldsReadOnly =
            FXCollections.unmodifiableObservableList(pairedFolds);
    private final ReadOnlyStringWrapper pairedSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Noise> noise = new ReadOnlyObjectWrapper<>(Noise.NONE);

    private RunRow current;
    private RunScores currentScores;
    private ReplicatedScores currentGroup;
    private RunScores otherScores;
    private ReplicatedScores otherGroup;
    private RunComparison comparison;
    /** Whether a side of the comparison is a seed group. */
    private boolean comparedGroups;
    private long generation;

    ComparisonViewModel(TaskExecutor executor, ObservableList<RunRow> runs) {
        this.executor = executor;
        this.runs = runs;
        this.candidates = new FilteredList<>(runs, row -> true);
        this.candidatesReadOnly = FXCollections.unmodifiableObservableList(candidates);
        compareWith.addListener((obs, old, row) -> readOther(row));
        overSeeds.addListener((obs, old, on) -> compare());
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
        currentGroup = run.seedGroup();
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
        currentGroup = null;
        candidates.setPredicate(r -> true);
        ablationRows.clear();
        ablationTitle.set("");
        compare();
    }

    private void readOther(RunRow row) {
        long asked = ++generation;
        otherScores = null;
        otherGroup = null;
        if (row == null) {
            loading.set(false);
            compare();
            return;
        }
        loading.set(true);
        updateMessage();
        executor.execute(BackgroundTask.of("Read " + row.name(),
                        context -> new Other(RunScores.of(RunResults.read(row.directory())).orElse(null),
                                LoadedRun.seedGroupOf(row.directory())))
                .onSuccess(other -> {
                    if (asked == generation) {
                        loading.set(false);
                        otherScores = other.scores();
                        otherGroup = other.group();
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
        overSeedsAvailable.set(current != null && (currentGroup != null || (other != null && otherGroup != null)));
        String firstName = current == null ? "" : current.name();
        String secondName = other == null ? "" : other.name();
        if (current != null && other != null && currentScores != null && otherScores != null) {
            boolean groups = overSeeds.get() && overSeedsAvailable.get();
            ReplicatedScores first = groups && currentGroup != null ? currentGroup
                    : ReplicatedScores.ofRun(current.directory(), currentScores, current.state());
            ReplicatedScores second = groups && otherGroup != null ? otherGroup
                    : ReplicatedScores.ofRun(other.directory(), otherScores, other.state());
            firstName = name(current, first);
            secondName = name(other, second);
            comparison = RunComparison.of(firstName, first, secondName, second);
            comparedGroups = first.isGroup() || second.isGroup();
        } else {
            comparison = null;
            comparedGroups = false;
        }
        rows.setAll(comparison == null ? List.of() : comparison.rows());
        firstRun.set(firstName);
        secondRun.set(secondName);
        showPaired();
        updateMessage();
    }

    /** The run's name, or its group's ("ablation/multitask (3 seeds)") when the side is the group. */
    private static String name(RunRow row, ReplicatedScores side) {
        if (!side.isGroup()) {
            return row.name();
        }
        int slash = row.name().lastIndexOf('/');
        String group = slash < 0 ? side.name() : row.name().substring(0, slash);
        int seeds = side.members().size();
        return group + " (" + seeds + (seeds == 1 ? " seed)" : " seeds)");
    }

    private void showPaired() {
        PairedComparison ua = comparison == null ? null : comparison.rows().stream()
                .filter(r -> r.kind() == RunComparison.Kind.SCORE && r.name().equals("UA")).findFirst()
                .map(RunComparison.Row::paired).orElse(null);
        pairedFolds.setAll(ua == null ? List.of() : ua.folds());
        noise.set(ua == null ? Noise.NONE : ua.withinNoise() ? Noise.WITHIN : Noise.BEYOND);
        if (comparison == null) {
            pairedSummary.set("");
        } else if (ua == null) {
            pairedSummary.set("No paired test: the runs have no fold in common (the same test speakers are needed)");
        } else {
            int n = ua.folds().size();
            boolean seeds = comparedGroups;
            pairedSummary.set(String.format(Locale.ROOT,
                    "UA over %d common %s%s: mean difference %s, 95 %% CI [%s, %s], Wilcoxon p = %.3f — %s%s",
                    n, n == 1 ? "fold" : "folds", seeds ? " (each the mean over seeds)" : "",
                    Percent.difference(ua.meanDifference()), Percent.difference(ua.interval().low()),
                    Percent.difference(ua.interval().high()), ua.pValue(),
                    ua.withinNoise() ? "within noise (p ≥ 0.05 or the CI contains 0)" : "beyond noise",
                    ua.wilcoxon().n() < 6 ? "; fewer than 6 differing folds can never reach p < 0.05" : ""));
        }
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
            message.set(secondRun.get() + " against " + firstRun.get() + " in percentage points: green better, "
                    + "red worse, grey within noise" + (partial ? ". Partial: a run has not finished." : ""));
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

    /**
     * Whether each side is its whole seed group (when it is a seed of one) rather than the run alone;
     * on by default.
     */
    public BooleanProperty overSeedsProperty() {
        return overSeeds;
    }

    /** Whether the selected or the compared run is a seed of a seed group, so {@link #overSeedsProperty()} matters. */
    public ReadOnlyBooleanProperty overSeedsAvailableProperty() {
        return overSeedsAvailable.getReadOnlyProperty();
    }

    /** The common folds of the paired UA test, with both sides' UA; empty when there is none. */
    public ObservableList<PairedComparison.FoldDifference> pairedFolds() {
        return pairedFoldsReadOnly;
    }

    /** The paired UA test in one line (mean difference, CI, p, within noise or not); empty without a comparison. */
    public ReadOnlyStringProperty pairedSummaryProperty() {
        return pairedSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Noise> noiseProperty() {
        return noise.getReadOnlyProperty();
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
