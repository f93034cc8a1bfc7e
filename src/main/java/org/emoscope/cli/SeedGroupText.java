package org.emoscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.MeanSd;
import org.emoscope.evaluation.PairedBootstrap;
import org.emoscope.evaluation.PairedComparison;
import org.emoscope.evaluation.WilcoxonSignedRank;
import org.emoscope.experiment.ReplicatedScores;
import org.emoscope.experiment.ReplicatedScores.Score;
import org.emoscope.experiment.RunMetrics;

/** The text of a seed group's scores and of a paired comparison of two runs or groups. */
final class SeedGroupText {
    private static final List<Score> SCORES = List.of(Score.WA, Score.UA, Score.MACRO_F1);

    private SeedGroupText() {
    }

    /** Per seed, mean ± sd over seeds and over seeds × folds, and each fold over seeds. */
    static String of(Path group, ReplicatedScores scores) {
        StringBuilder text = new StringBuilder();
        List<ReplicatedScores.Member> members = scores.members();
        text.append(String.format(Locale.ROOT, "Seed group %s — %d %s with results (%s), model selection: %s%n", group,
                members.size(), members.size() == 1 ? "seed" : "seeds",
                members.stream().map(m -> String.valueOf(m.seed())).collect(Collectors.joining(", ")),
                members.isEmpty() ? "" : members.get(0).scores().metrics().selectionPolicy()));
        text.append(String.format(Locale.ROOT, "%nPer seed (pooled)       WA        UA  macro-F1  folds  state%n"));
        for (ReplicatedScores.Member member : members) {
            RunMetrics.Scores pooled = member.scores().metrics().pooled();
            text.append(String.format(Locale.ROOT, "  %-16s %7.2f %% %7.2f %% %7.2f %% %6d  %s%s%n", member.name(),
                    100 * pooled.wa(), 100 * pooled.ua(), 100 * pooled.macroF1(), member.scores().folds(),
                    member.state() == null ? "?" : member.state(), member.scores().partial() ? " (partial)" : ""));
        }
        text.append(String.format(Locale.ROOT, "%nMean ± sd over %d seeds (each seed's pooled score): %s%n",
                members.size(), line(scores::overSeeds)));
        text.append(String.format(Locale.ROOT, "Mean ± sd over seeds × folds (%d values):        %s%n",
                scores.overSeedsAndFolds(Score.UA).n(), line(scores::overSeedsAndFolds)));
        text.append(String.format(Locale.ROOT, "%nPer fold (mean ± sd over seeds)%n"));
        Map<String, MeanSd> wa = scores.perFoldOverSeeds(Score.WA);
        Map<String, MeanSd> ua = scores.perFoldOverSeeds(Score.UA);
        wa.forEach((fold, w) -> text.append(String.format(Locale.ROOT, "  %-20s WA %-17s  UA %s%n", fold,
                w.percent(), ua.get(fold).percent())));
        text.append(String.format(Locale.ROOT, "%nPer-class results and confusion matrices: emoscope evaluate %s%n",
                group.resolve("seed-…")));
        text.append(String.format(Locale.ROOT, "WA: %s%nUA: %s", ClassificationReport.WA_DEFINITION,
                ClassificationReport.UA_DEFINITION));
        return text.toString();
    }

    private static String line(java.util.function.Function<Score, MeanSd> of) {
        return SCORES.stream().map(s -> s.label() + " " + of.apply(s).percent()).collect(Collectors.joining("  "));
    }

    /** {@code second} against {@code first} over their common folds, for WA, UA and macro-F1. */
    static String comparison(ReplicatedScores first, ReplicatedScores second) {
        String a = first.name();
        String b = second.name();
        PairedComparison ua = first.pairedWith(second, Score.UA).orElse(null);
        StringBuilder text = new StringBuilder();
        if (ua == null) {
            return String.format(Locale.ROOT, "No paired comparison: %s and %s have no fold in common (%s; %s)", a, b,
                    String.join(", ", first.folds()), String.join(", ", second.folds()));
        }
        text.append(String.format(Locale.ROOT, "Paired comparison over %d common %s (same test speakers): %s − %s%s%n",
                ua.folds().size(), ua.folds().size() == 1 ? "fold" : "folds", b, a,
                first.isGroup() || second.isGroup() ? ", each fold's score the mean over its seeds" : ""));
        text.append(String.format(Locale.ROOT, "  %-20s %12s %12s %12s%n", "fold", cut(a) + " UA", cut(b) + " UA",
                "difference"));
        for (PairedComparison.FoldDifference fold : ua.folds()) {
            text.append(String.format(Locale.ROOT, "  %-20s %10.2f %% %10.2f %% %+9.2f pp%n", fold.fold(),
                    100 * fold.first(), 100 * fold.second(), 100 * fold.difference()));
        }
        text.append(System.lineSeparator());
        for (Score score : SCORES) {
            first.pairedWith(second, score).ifPresent(c -> text.append(String.format(Locale.ROOT,
                    "  %-9s mean difference %+6.2f pp  95 %% CI [%+6.2f, %+6.2f] pp  Wilcoxon p = %.4f  %s%n",
                    score.label(), 100 * c.meanDifference(), 100 * c.interval().low(), 100 * c.interval().high(),
                    c.pValue(), verdict(c))));
        }
        List<String> onlyFirst = first.folds().stream().filter(f -> !second.folds().contains(f)).toList();
        List<String> onlySecond = second.folds().stream().filter(f -> !first.folds().contains(f)).toList();
        if (!onlyFirst.isEmpty() || !onlySecond.isEmpty()) {
            text.append(String.format(Locale.ROOT, "Left out, not in both: %s%n",
                    String.join(", ", java.util.stream.Stream.concat(onlyFirst.stream(), onlySecond.stream()).toList())));
        }
        text.append(method());
        if (ua.wilcoxon().n() < 6) {
            text.append(String.format(Locale.ROOT, "%nWith %d non-zero fold differences the two-sided exact p cannot "
                    + "fall below 0.05: more folds (or speakers) are needed to tell these apart.", ua.wilcoxon().n()));
        }
        return text.toString();
    }

    static String verdict(PairedComparison comparison) {
        return comparison.withinNoise() ? "within noise" : "beyond noise";
    }

    static String method() {
        return String.format(Locale.ROOT, "CI: paired bootstrap of the fold differences, %d resamples, seed %d, "
                        + "percentile interval.%nWilcoxon signed-rank: exact two-sided p, zero differences dropped "
                        + "(|d| < %.0e), tied magnitudes mid-ranked.%nWithin noise: p ≥ %.2f or the CI contains 0.",
                PairedBootstrap.DEFAULT_RESAMPLES, PairedBootstrap.DEFAULT_SEED, WilcoxonSignedRank.ZERO,
                PairedComparison.ALPHA);
    }

    private static String cut(String name) {
        return name.length() <= 9 ? name : name.substring(0, 8) + "…";
    }
}
