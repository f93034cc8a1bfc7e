package org.emoscope.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.evaluation.ClassMetrics;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.MeanSd;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.RunMetrics;
import org.emoscope.experiment.RunScores;

/**
 * The scores of the selected run: headline cards (pooled WA, UA and macro-F1 with their mean ± sd
 * over folds, the speaker head's accuracy when the run has one), the per-class precision, recall
 * and F1 of the pooled matrix, and the scores of each speaker. A run that has not finished shows
 * the folds finished so far, and says so. FX thread only; no I/O.
 */
public final class ScoresViewModel {
    private final ObservableList<ScoreCard> cards = FXCollections.observableArrayList();
    private final ObservableList<ScoreCard> cardsReadOnly = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<ClassMetrics> perClass = FXCollections.observableArrayList();
    private final ObservableList<ClassMetrics> perClassReadOnly = FXCollections.unmodifiableObservableList(perClass);
    private final ObservableList<GroupScores> perSpeaker = FXCollections.observableArrayList();
    private final ObservableList<GroupScores> perSpeakerReadOnly = FXCollections.unmodifiableObservableList(perSpeaker);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    ScoresViewModel() {
    }

    void show(LoadedRun run) {
        RunScores scores = run.scores();
        if (scores == null) {
            clear();
            note.set(run.scoresProblem() != null ? run.scoresProblem()
                    : run.name() + " has no scores yet: no fold has finished.");
            return;
        }
        RunMetrics metrics = scores.metrics();
        String soFar = scores.partial() ? " so far" : "";
        List<ScoreCard> shown = new ArrayList<>();
        shown.add(new ScoreCard("WA", Percent.of(metrics.pooled().wa()), spread(metrics.waOverFolds(), soFar),
                ClassificationReport.WA_DEFINITION));
        shown.add(new ScoreCard("UA", Percent.of(metrics.pooled().ua()), spread(metrics.uaOverFolds(), soFar),
                ClassificationReport.UA_DEFINITION));
        shown.add(new ScoreCard("Macro-F1", Percent.of(metrics.pooled().macroF1()),
                spread(metrics.macroF1OverFolds(), soFar),
                "Mean F1 over the classes with test clips, of the pooled matrix"));
        if (scores.speakerHead() != null) {
            shown.add(new ScoreCard("Speaker head", Percent.of(scores.speakerHead().accuracy()), "speaker recognition",
                    "Accuracy of the speaker head on " + scores.speakerHead().measuredOn()));
        }
        cards.setAll(shown);
        perClass.setAll(metrics.perClass());
        perSpeaker.setAll(groupScores(metrics.perSpeaker()));
        String excluded = metrics.pooled().excludedFromUa().isEmpty() ? ""
                : " Left out of UA (no test clips): " + String.join(", ", metrics.pooled().excludedFromUa()) + ".";
        note.set((scores.partial() ? "Partial: the run has not finished; scores cover the finished folds. " : "")
                + "Scores pooled over the test folds; mean ± sd over folds beside."
                + (metrics.selectionPolicy() == null || metrics.selectionPolicy().isEmpty() ? ""
                : " Model selection: " + metrics.selectionPolicy() + ".") + excluded);
    }

    /** "70.1 ± 5.3 % over 10 folds"; a single fold has no spread to show. */
    private static String spread(MeanSd overFolds, String soFar) {
        return overFolds.n() < 2 ? "1 fold" + soFar + ": no spread"
                : Percent.of(overFolds) + " over " + overFolds.n() + " folds" + soFar;
    }

    void clear() {
        cards.clear();
        perClass.clear();
        perSpeaker.clear();
        note.set("");
    }

    private static List<GroupScores> groupScores(Map<String, RunMetrics.Scores> scores) {
        return scores.entrySet().stream().map(e -> new GroupScores(e.getKey(), e.getValue().n(),
                e.getValue().correct(), e.getValue().wa(), e.getValue().ua(), e.getValue().macroF1())).toList();
    }

    /** WA, UA, macro-F1, the speaker head and the clip count, as cards. */
    public ObservableList<ScoreCard> cards() {
        return cardsReadOnly;
    }

    /** Per-class scores of the pooled matrix, in label order. */
    public ObservableList<ClassMetrics> perClass() {
        return perClassReadOnly;
    }

    /** Scores by speaker, in speaker order. */
    public ObservableList<GroupScores> perSpeaker() {
        return perSpeakerReadOnly;
    }

    /** How the scores were made, or why there are none. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** {@code class,support,predicted,true_positives,precision,recall,f1}, fractions. */
    public CsvTable perClassTable() {
        List<List<String>> rows = perClass.stream().map(m -> List.of(m.label(), Long.toString(m.support()),
                Long.toString(m.predicted()), Long.toString(m.truePositives()), CsvTable.number(m.precision()),
                CsvTable.number(m.recall()), CsvTable.number(m.f1()))).toList();
        return new CsvTable(List.of("class", "support", "predicted", "true_positives", "precision", "recall", "f1"),
                rows);
    }

    /** {@code speaker,n,correct,wa,ua,macro_f1}, fractions. */
    public CsvTable perSpeakerTable() {
        List<List<String>> rows = perSpeaker.stream().map(s -> List.of(s.id(), Long.toString(s.clips()),
                Long.toString(s.correct()), CsvTable.number(s.wa()), CsvTable.number(s.ua()),
                CsvTable.number(s.macroF1()))).toList();
        return new CsvTable(List.of("speaker", "n", "correct", "wa", "ua", "macro_f1"), rows);
    }
}
