package org.emoscope.ui.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Clip;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.ConfusionMatrix;
import org.emoscope.evaluation.Prediction;
import org.emoscope.evaluation.Predictions;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.PredictionTable;
import org.emoscope.experiment.RunMetrics;
import org.emoscope.ui.ClipCatalog;
import org.emoscope.ui.WorkbenchSelection;
import org.emoscope.ui.controls.MatrixCell;
import org.emoscope.ui.controls.MatrixValues;

/**
 * The confusion matrix of the selected run: per fold or pooled over folds, as counts or row
 * percentages, and the clips behind the cell the user picks. Opening one of those clips shows and
 * plays it in the clip view and lets next/previous walk the cell's clips; when the run's corpus is
 * not open, it says so and offers to open the run's corpus folders. FX thread only; no I/O.
 */
public final class MatrixViewModel {
    private final WorkbenchSelection selection;
    private final ClipCatalog catalog;
    private final Consumer<List<Path>> openCorpora;

    private final ObservableList<FoldChoice> folds = FXCollections.observableArrayList();
    private final ObservableList<FoldChoice> foldsReadOnly = FXCollections.unmodifiableObservableList(folds);
    private final ObjectProperty<FoldChoice> fold = new SimpleObjectProperty<>();
    private final ObjectProperty<MatrixValues> values = new SimpleObjectProperty<>(MatrixValues.COUNTS);
    private final ReadOnlyObjectWrapper<ConfusionMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper matrixTitle = new ReadOnlyStringWrapper("");
    private final ObjectProperty<MatrixCell> selectedCell = new SimpleObjectProperty<>();
    private final ObservableList<CellClip> cellClips = FXCollections.observableArrayList();
    private final ObservableList<CellClip> cellClipsReadOnly = FXCollections.unmodifiableObservableList(cellClips);
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper corpusMissing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canOpenCorpora = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<CellClip> currentClip = new ReadOnlyObjectWrapper<>();

    private LoadedRun run;
    private List<String> labels = List.of();
    private List<Prediction> predictions = List.of();

    MatrixViewModel(WorkbenchSelection selection, ClipCatalog catalog, Consumer<List<Path>> openCorpora) {
        this.selection = selection;
        this.catalog = catalog;
        this.openCorpora = openCorpora;
        fold.addListener((obs, old, now) -> updateMatrix());
        values.addListener((obs, old, now) -> updateMatrix());
        selectedCell.addListener((obs, old, now) -> updateCell());
        selection.clipProperty().addListener((obs, old, now) -> updateCurrentClip());
    }

    /** Shows a run, keeping the fold when the run has it, and the cell. */
    void show(LoadedRun loaded) {
        run = loaded;
        Optional<PredictionTable> table = loaded.results().predictions();
        predictions = table.map(PredictionTable::predictions).orElse(List.of());
        labels = table.map(PredictionTable::labels)
                .orElseGet(() -> loaded.scores() == null ? List.of() : loaded.scores().metrics().labels());
        TreeSet<String> foldIds = predictions.stream().map(Prediction::foldId)
                .collect(Collectors.toCollection(TreeSet::new));
        List<FoldChoice> choices = new ArrayList<>();
        choices.add(FoldChoice.pooled(foldIds.size()));
        foldIds.forEach(id -> choices.add(FoldChoice.fold(id)));
        String keptFold = fold.get() == null ? null : fold.get().foldId();
        folds.setAll(choices);
        fold.set(choices.stream().filter(c -> c.foldId() != null && c.foldId().equals(keptFold)).findFirst()
                .orElse(choices.get(0)));
        updateMatrix();
    }

    void clear() {
        run = null;
        predictions = List.of();
        labels = List.of();
        folds.clear();
        fold.set(null);
        updateMatrix();
    }

    /** The fold chooser's entries: all folds pooled, then each fold of the predictions, in id order. */
    public ObservableList<FoldChoice> folds() {
        return foldsReadOnly;
    }

    public ObjectProperty<FoldChoice> foldProperty() {
        return fold;
    }

    public ObjectProperty<MatrixValues> valuesProperty() {
        return values;
    }

    /** The matrix of the chosen fold(s); null when the run has no predictions. */
    public ReadOnlyObjectProperty<ConfusionMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** E.g. "All folds pooled (10) · 535 clips · WA 71.2 % · UA 70.3 %". */
    /** What an exported picture of the matrix says it shows: run, folds, clips, scores and the values drawn. */
    public String pictureTitle() {
        String values = valuesProperty().get() == MatrixValues.ROW_PERCENT ? "row % (recall)" : "counts";
        return (run == null ? "" : run.results().name() + " · ") + matrixTitle.get() + " · " + values;
    }

    public ReadOnlyStringProperty matrixTitleProperty() {
        return matrixTitle.getReadOnlyProperty();
    }

    /** The cell whose clips are listed; null when none. */
    public ObjectProperty<MatrixCell> selectedCellProperty() {
        return selectedCell;
    }

    /** The clips of the selected cell in the chosen fold(s), most confident first. */
    public ObservableList<CellClip> cellClips() {
        return cellClipsReadOnly;
    }

    /** E.g. "True anger → predicted happiness: 5 clips, 12.5 % of the 40 anger clips". */
    public ReadOnlyStringProperty cellTitleProperty() {
        return cellTitle.getReadOnlyProperty();
    }

    /** The listed clip that the clip view shows (e.g. after next/previous); null when it shows none of them. */
    public ReadOnlyObjectProperty<CellClip> currentClipProperty() {
        return currentClip.getReadOnlyProperty();
    }

    /** Why the cell's clips cannot be played; empty when they can (or no cell is selected). */
    public ReadOnlyStringProperty corpusMissingProperty() {
        return corpusMissing.getReadOnlyProperty();
    }

    /** Whether {@link #openRunCorpora} has folders to open. */
    public ReadOnlyBooleanProperty canOpenCorporaProperty() {
        return canOpenCorpora.getReadOnlyProperty();
    }

    /**
     * Shows and plays a clip of the cell in the clip view, and makes next/previous walk the cell's
     * clips; when no open corpus holds it, says so in {@link #corpusMissingProperty()} instead.
     *
     * @return whether the clip was found
     */
    public boolean openClip(CellClip cellClip) {
        Optional<Clip> clip = catalog.find(run.results(), cellClip.speaker(), cellClip.clipId());
        if (clip.isEmpty()) {
            reportMissingCorpus();
            return false;
        }
        corpusMissing.set("");
        List<Clip> walk = cellClips.stream().map(c -> catalog.find(run.results(), c.speaker(), c.clipId()))
                .flatMap(Optional::stream).toList();
        selection.navigationListProperty().set(FXCollections.observableArrayList(walk));
        selection.openAndPlay(clip.get());
        return true;
    }

    /** Asks the workbench to open the run's corpus folders (target first). */
    public void openRunCorpora() {
        if (run != null && !run.results().corpusFolders().isEmpty()) {
            openCorpora.accept(run.results().corpusFolders());
        }
    }

    /** The matrix as shown: counts, or each cell's fraction of its row. */
    public CsvTable matrixTable() {
        ConfusionMatrix shown = matrix.get();
        if (shown == null) {
            return new CsvTable(List.of("true\\predicted"), List.of());
        }
        boolean rowFractions = values.get() == MatrixValues.ROW_PERCENT;
        List<String> header = new ArrayList<>();
        header.add(rowFractions ? "true\\predicted (row fraction)" : "true\\predicted (counts)");
        header.addAll(shown.labels());
        double[][] fractions = shown.rowNormalised();
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < shown.classCount(); t++) {
            List<String> row = new ArrayList<>();
            row.add(shown.labels().get(t));
            for (int p = 0; p < shown.classCount(); p++) {
                boolean emptyRow = shown.support(t) == 0;
                row.add(!rowFractions ? Long.toString(shown.count(t, p))
                        : emptyRow ? "" : CsvTable.number(fractions[t][p]));
            }
            rows.add(row);
        }
        return new CsvTable(header, rows);
    }

    /**
     * The listed clips of the selected cell; each names its corpus folder and its path in it, so the
     * list still says which clips are meant when it is read beside another copy of the corpus.
     */
    public CsvTable cellClipsTable() {
        String corpus = run == null ? "" : run.results().testCorpusRoot().map(Path::toString).orElse("");
        List<List<String>> rows = cellClips.stream().map(c -> List.of(corpus, c.clipId(), c.foldId(), c.speaker(),
                c.trueLabel(), c.predictedLabel(), CsvTable.number(c.confidence()))).toList();
        return new CsvTable(List.of("corpus", "clip", "fold", "speaker", "true", "predicted", "confidence"), rows);
    }

    private List<Prediction> chosenPredictions() {
        FoldChoice choice = fold.get();
        if (choice == null || choice.isPooled()) {
            return predictions;
        }
        return predictions.stream().filter(p -> p.foldId().equals(choice.foldId())).toList();
    }

    private void updateMatrix() {
        ConfusionMatrix shown = null;
        if (run != null && !labels.isEmpty()) {
            if (!predictions.isEmpty()) {
                shown = ConfusionMatrix.of(labels, chosenPredictions());
            } else if (run.scores() != null) {
                shown = pooledFromMetrics(run.scores().metrics());
            }
        }
        matrix.set(shown);
        if (shown == null) {
            matrixTitle.set(run == null ? "" : "No fold of " + run.name() + " has finished yet");
        } else {
            ClassificationReport report = ClassificationReport.of(shown);
            String scope = fold.get() == null ? "All folds pooled" : fold.get().label();
            String predictionsNote = predictions.isEmpty() ? " · predictions.csv is missing: no clips to list" : "";
            matrixTitle.set(String.format(Locale.ROOT, "%s · %d clips · WA %s · UA %s%s", scope, shown.total(),
                    Percent.of(report.wa()), Percent.of(report.ua()), predictionsNote));
        }
        if (selectedCell.get() != null && (shown == null || !selectedCell.get().isInside(shown.classCount()))) {
            selectedCell.set(null);
        } else {
            updateCell();
        }
    }

    private static ConfusionMatrix pooledFromMetrics(RunMetrics metrics) {
        long[][] counts = metrics.pooledConfusion().stream()
                .map(row -> row.stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new);
        return ConfusionMatrix.ofCounts(metrics.labels(), counts);
    }

    private void updateCell() {
        MatrixCell cell = selectedCell.get();
        ConfusionMatrix shown = matrix.get();
        if (cell == null || shown == null) {
            cellClips.clear();
            cellTitle.set(shown == null ? "" : "Click a cell to list its clips");
            corpusMissing.set("");
            canOpenCorpora.set(false);
            currentClip.set(null);
            return;
        }
        cellClips.setAll(Predictions.inCell(chosenPredictions(), cell.trueClass(), cell.predictedClass()).stream()
                .map(p -> new CellClip(p, labels.get(p.trueClass()), labels.get(p.predictedClass())))
                .sorted(Comparator.comparingDouble(CellClip::confidence).reversed())
                .toList());
        cellTitle.set(cell.describe(shown));
        if (cellClips.isEmpty() || catalog.find(run.results(), cellClips.get(0).speaker(), cellClips.get(0).clipId()).isPresent()) {
            corpusMissing.set("");
            canOpenCorpora.set(false);
        } else {
            reportMissingCorpus();
        }
        updateCurrentClip();
    }

    private void updateCurrentClip() {
        Clip shown = selection.clipProperty().get();
        currentClip.set(shown == null ? null : cellClips.stream()
                .filter(c -> c.speaker().equals(shown.speaker().key()) && c.clipId().equals(shown.relativePath()))
                .findFirst().orElse(null));
    }

    private void reportMissingCorpus() {
        List<Path> folders = run == null ? List.of() : run.results().corpusFolders();
        List<Path> missing = run == null ? List.of() : run.missingCorpora();
        String names = folders.stream()
                .map(f -> missing.contains(f) ? f + " (not found on this computer)" : f.toString())
                .collect(Collectors.joining(", "));
        corpusMissing.set(folders.isEmpty()
                ? "These clips are not in an open corpus, and the run does not name its corpus folders."
                : "These clips are not in an open corpus. The run was trained on " + names + ".");
        canOpenCorpora.set(!folders.isEmpty() && !missing.containsAll(folders));
    }
}
