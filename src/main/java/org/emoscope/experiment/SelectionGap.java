package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emoscope.evaluation.MeanSd;

/**
 * How far a run's kept epochs are from its last and its best possible ones, in test UA, from the per-epoch test
 * scores in {@code history.csv}: the "best" epoch is the test oracle's choice, which no honest protocol can make,
 * so the gap between it and the kept one shows how much a selection rule leaves on the table or how optimistic the
 * oracle is. Immutable.
 *
 * @param perFold  per fold id, its three test UAs
 * @param selected mean ± sd over folds of the kept epoch's test UA
 * @param last     likewise for the last epoch trained
 * @param best     likewise for the epoch with the best test UA
 */
public record SelectionGap(Map<String, Fold> perFold, MeanSd selected, MeanSd last, MeanSd best) {

    /** One fold's test UA at its kept, last and best epochs (1-based epoch numbers). */
    public record Fold(int selectedEpoch, double selectedUa, int lastEpoch, double lastUa, int bestEpoch, double bestUa) {
    }

    /**
     * The gap of a finished run; empty when a fold has no test score per epoch (runs written before they were
     * recorded) or no kept epoch.
     */
    public static Optional<SelectionGap> of(List<EpochSummary> history) {
        Map<String, List<EpochSummary>> byFold = new LinkedHashMap<>();
        history.forEach(row -> byFold.computeIfAbsent(row.foldId(), id -> new ArrayList<>()).add(row));
        Map<String, Fold> perFold = new LinkedHashMap<>();
        for (Map.Entry<String, List<EpochSummary>> fold : byFold.entrySet()) {
            List<EpochSummary> rows = fold.getValue();
            if (rows.stream().anyMatch(row -> Double.isNaN(row.testUa()))) {
                return Optional.empty();
            }
            Optional<EpochSummary> selected = rows.stream().filter(EpochSummary::selected).findFirst();
            if (selected.isEmpty()) {
                return Optional.empty();
            }
            EpochSummary last = rows.stream().max(Comparator.comparingInt(EpochSummary::epoch)).orElseThrow();
            EpochSummary best = rows.stream().max(Comparator.comparingDouble(EpochSummary::testUa)
                    .thenComparing(Comparator.comparingInt(EpochSummary::epoch).reversed())).orElseThrow();
            perFold.put(fold.getKey(), new Fold(selected.get().epoch(), selected.get().testUa(), last.epoch(),
                    last.testUa(), best.epoch(), best.testUa()));
        }
        if (perFold.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SelectionGap(Collections.unmodifiableMap(perFold),
                MeanSd.of(perFold.values().stream().mapToDouble(Fold::selectedUa).toArray()),
                MeanSd.of(perFold.values().stream().mapToDouble(Fold::lastUa).toArray()),
                MeanSd.of(perFold.values().stream().mapToDouble(Fold::bestUa).toArray())));
    }
}
