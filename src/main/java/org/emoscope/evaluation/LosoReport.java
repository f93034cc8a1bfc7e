package org.emoscope.evaluation;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Scores of a leave-one-speaker-out run: one report per fold and per speaker, the pooled report of
 * the summed fold matrices, and the mean ± sample standard deviation over folds of WA, UA and
 * macro-F1 (see {@link MeanSd} for a single fold).
 *
 * <p>Every clip must be tested in exactly one fold, otherwise pooling would count it twice.
 * Folds and speakers are ordered by id. Immutable and thread-safe.
 */
public final class LosoReport {
    private static final List<String> CSV_HEADER =
            List.of("scope", "id", "n", "correct", "wa", "ua", "macro_f1", "excluded_from_ua");

    private final List<String> labels;
    private final SortedMap<String, ClassificationReport> perFold;
    private final SortedMap<String, ClassificationReport> perSpeaker;
    private final ClassificationReport pooled;
    private final MeanSd waOverFolds;
    private final MeanSd uaOverFolds;
    private final MeanSd macroF1OverFolds;

    private LosoReport(List<String> labels, List<Prediction> predictions) {
        this.labels = List.copyOf(labels);
        this.perFold = reportsBy(predictions, Prediction::foldId);
        this.perSpeaker = reportsBy(predictions, Prediction::speaker);
        this.pooled = ClassificationReport.of(perFold.values().stream()
                .map(ClassificationReport::matrix)
                .reduce(ConfusionMatrix.empty(labels), ConfusionMatrix::plus));
        this.waOverFolds = overFolds(ClassificationReport::wa);
        this.uaOverFolds = overFolds(ClassificationReport::ua);
        this.macroF1OverFolds = overFolds(ClassificationReport::macroF1);
    }

    /**
     * The report of all test predictions of a LOSO run.
     *
     * @throws IllegalArgumentException when there are no predictions, a class index is outside the
     *                                  labels, or a clip was tested in more than one fold (naming it)
     */
    public static LosoReport of(List<String> labels, List<Prediction> predictions) {
        if (predictions.isEmpty()) {
            throw new IllegalArgumentException("a LOSO report needs at least one prediction");
        }
        rejectClipsTestedTwice(predictions);
        return new LosoReport(labels, predictions);
    }

    private static void rejectClipsTestedTwice(List<Prediction> predictions) {
        Map<String, String> foldOfClip = new HashMap<>();
        for (Prediction p : predictions) {
            String earlierFold = foldOfClip.putIfAbsent(p.clipId(), p.foldId());
            if (earlierFold != null) {
                throw new IllegalArgumentException(p.clipId() + ": tested twice, in folds " + earlierFold
                        + " and " + p.foldId());
            }
        }
    }

    private SortedMap<String, ClassificationReport> reportsBy(List<Prediction> predictions,
                                                              Function<Prediction, String> key) {
        Map<String, List<Prediction>> groups = predictions.stream().collect(Collectors.groupingBy(key));
        SortedMap<String, ClassificationReport> reports = new TreeMap<>();
        groups.forEach((id, group) -> reports.put(id, ClassificationReport.of(ConfusionMatrix.of(labels, group))));
        return Collections.unmodifiableSortedMap(reports);
    }

    private MeanSd overFolds(ToDoubleFunction<ClassificationReport> score) {
        return MeanSd.of(perFold.values().stream().mapToDouble(score).toArray());
    }

    public List<String> labels() {
        return labels;
    }

    /** Reports by fold id, in id order. */
    public SortedMap<String, ClassificationReport> perFold() {
        return perFold;
    }

    /** Reports by speaker, over whichever folds the speaker was tested in, in speaker order. */
    public SortedMap<String, ClassificationReport> perSpeaker() {
        return perSpeaker;
    }

    /** The report of the sum of all fold matrices. */
    public ClassificationReport pooled() {
        return pooled;
    }

    public MeanSd waOverFolds() {
        return waOverFolds;
    }

    public MeanSd uaOverFolds() {
        return uaOverFolds;
    }

    public MeanSd macroF1OverFolds() {
        return macroF1OverFolds;
    }

    /**
     * One CSV table of the summary scores, header
     * {@code scope,id,n,correct,wa,ua,macro_f1,excluded_from_ua}. Records, in this order: one per
     * fold ({@code scope=fold}), one per speaker ({@code speaker}), the pooled report ({@code pooled},
     * empty id), then the mean and the sample standard deviation over folds ({@code mean_over_folds},
     * {@code sd_over_folds}, with the number of folds as n and empty correct). Undefined values are
     * empty; excluded labels are joined with {@code ;}.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(Csv.record(CSV_HEADER));
        perFold.forEach((id, report) -> csv.append(reportRecord("fold", id, report)));
        perSpeaker.forEach((id, report) -> csv.append(reportRecord("speaker", id, report)));
        csv.append(reportRecord("pooled", "", pooled));
        String folds = Integer.toString(perFold.size());
        csv.append(Csv.record(List.of("mean_over_folds", "", folds, "", Csv.number(waOverFolds.mean()),
                Csv.number(uaOverFolds.mean()), Csv.number(macroF1OverFolds.mean()), "")));
        csv.append(Csv.record(List.of("sd_over_folds", "", folds, "", Csv.number(waOverFolds.sd()),
                Csv.number(uaOverFolds.sd()), Csv.number(macroF1OverFolds.sd()), "")));
        return csv.toString();
    }

    private static String reportRecord(String scope, String id, ClassificationReport report) {
        return Csv.record(List.of(scope, id, Long.toString(report.total()), Long.toString(report.correct()),
                Csv.number(report.wa()), Csv.number(report.ua()), Csv.number(report.macroF1()),
                String.join(";", report.excludedFromUa())));
    }
}
