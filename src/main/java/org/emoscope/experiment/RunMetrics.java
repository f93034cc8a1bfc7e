package org.emoscope.experiment;

import org.emoscope.evaluation.ClassMetrics;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.MeanSd;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The summary of a LOSO run's scores ({@code metrics.json}): a plain copy of a {@link LosoReport}
 * that can be read back without the predictions. Scores are fractions; undefined ones are NaN.
 * Immutable.
 *
 * @param waDefinition     how WA is computed, see {@link ClassificationReport#WA_DEFINITION}
 * @param uaDefinition     how UA is computed, see {@link ClassificationReport#UA_DEFINITION}
 * @param selectionPolicy  how each fold's model was chosen, e.g. "best validation UA"
 * @param labels           class names
 * @param pooled           scores of the summed fold matrices
 * @param perClass         per-class scores of the pooled matrix, in label order
 * @param pooledConfusion  the pooled confusion counts, {@code [true][predicted]}
 * @param waOverFolds      mean ± sample sd of WA over folds
 * @param uaOverFolds      mean ± sample sd of UA over folds
 * @param macroF1OverFolds mean ± sample sd of macro-F1 over folds
 * @param perFold          scores by fold id, in id order
 * @param perSpeaker       scores by speaker, in speaker order
 * @param speakerAccuracy  accuracy of the speaker head, or null when the run has none
 * @param inputFrames      the frames every clip was cut or padded to (what {@code frames: auto} resolved to);
 *                         null for a run without a network (the baseline) and in files written before 0.2
 */
public record RunMetrics(String waDefinition, String uaDefinition, String selectionPolicy, List<String> labels,
                         Scores pooled, List<ClassMetrics> perClass, List<List<Long>> pooledConfusion,
                         MeanSd waOverFolds, MeanSd uaOverFolds, MeanSd macroF1OverFolds,
                         Map<String, Scores> perFold, Map<String, Scores> perSpeaker, Double speakerAccuracy,
                         Integer inputFrames) {

    /**
     * The headline scores of one confusion matrix.
     *
     * @param n              clips
     * @param correct        clips predicted as their true class
     * @param wa             weighted accuracy
     * @param ua             unweighted accuracy
     * @param macroF1        mean F1 over classes with true clips
     * @param excludedFromUa labels without true clips, left out of UA
     */
    public record Scores(long n, long correct, double wa, double ua, double macroF1, List<String> excludedFromUa) {

        public Scores {
            excludedFromUa = excludedFromUa == null ? List.of() : List.copyOf(excludedFromUa);
        }

        static Scores of(ClassificationReport report) {
            return new Scores(report.total(), report.correct(), report.wa(), report.ua(), report.macroF1(),
                    report.excludedFromUa());
        }
    }

    public RunMetrics {
        labels = labels == null ? List.of() : List.copyOf(labels);
        perClass = perClass == null ? List.of() : List.copyOf(perClass);
        pooledConfusion = pooledConfusion == null ? List.of()
                : pooledConfusion.stream().map(List::copyOf).toList();
        perFold = ordered(perFold);
        perSpeaker = ordered(perSpeaker);
    }

    /**
     * The summary of a report.
     *
     * @param speakerAccuracy null when the run has no speaker head
     */
    public static RunMetrics of(LosoReport report, String selectionPolicy, Double speakerAccuracy) {
        ClassificationReport pooled = report.pooled();
        List<List<Long>> confusion = Arrays.stream(pooled.matrix().counts())
                .map(row -> Arrays.stream(row).boxed().toList()).toList();
        return new RunMetrics(ClassificationReport.WA_DEFINITION, ClassificationReport.UA_DEFINITION, selectionPolicy,
                report.labels(), Scores.of(pooled), pooled.perClass(), confusion, report.waOverFolds(),
                report.uaOverFolds(), report.macroF1OverFolds(), scoresOf(report.perFold()),
                scoresOf(report.perSpeaker()), speakerAccuracy, null);
    }

    /** These metrics with the network's input frame count recorded. */
    public RunMetrics withInputFrames(int frames) {
        return new RunMetrics(waDefinition, uaDefinition, selectionPolicy, labels, pooled, perClass, pooledConfusion,
                waOverFolds, uaOverFolds, macroF1OverFolds, perFold, perSpeaker, speakerAccuracy, frames);
    }

    private static Map<String, Scores> scoresOf(SortedMap<String, ClassificationReport> reports) {
        Map<String, Scores> scores = new LinkedHashMap<>();
        reports.forEach((id, r) -> scores.put(id, Scores.of(r)));
        return scores;
    }

    // Keeps the file's (id) order, which a Map.copyOf would lose.
    private static Map<String, Scores> ordered(Map<String, Scores> scores) {
        return scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }
}
