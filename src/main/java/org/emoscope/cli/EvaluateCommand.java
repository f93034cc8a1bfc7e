package org.emoscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.emoscope.evaluation.ClassMetrics;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.ConfusionMatrix;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.PredictionTable;
import org.emoscope.experiment.ReplicatedScores;
import org.emoscope.experiment.RunStatus;
import org.emoscope.experiment.SeedGroup;
import org.emoscope.experiment.SelectionGap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope evaluate RUN [--against OTHER]}: the report of a run, recomputed from its
 * predictions, or of a seed group over its seeds; with {@code --against}, the paired comparison over
 * the folds both have.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Print a run's WA/UA/F1, per-class, per-fold and per-speaker results and its confusion matrix;",
                "for a seed group (train --seeds) each seed and mean ± sd over seeds and over seeds × folds.",
                "With --against, the paired comparison over common folds: Wilcoxon p, bootstrap CI, within noise or not."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", description = "a run folder or a seed group folder")
    Path run;

    @Option(names = "--against", paramLabel = "OTHER",
            description = "a second run or seed group: paired comparison over the folds both have (OTHER − RUN)")
    Path against;

    @Override
    public Integer call() throws Exception {
        int exit = SeedGroup.isGroup(run) ? group() : single();
        if (exit == 0 && against != null) {
            exit = compare();
        }
        return exit;
    }

    private Integer group() throws ExperimentFolderException {
        ReplicatedScores scores = ReplicatedScores.read(run);
        scores.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
        if (scores.members().isEmpty()) {
            spec.commandLine().getErr().println(run + ": no member run of the seed group has results");
            return 1;
        }
        spec.commandLine().getOut().println(SeedGroupText.of(run, scores));
        return 0;
    }

    private Integer compare() {
        ReplicatedScores first;
        ReplicatedScores second;
        try {
            first = ReplicatedScores.read(run);
            second = ReplicatedScores.read(against);
        } catch (ExperimentFolderException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        // RUN's own problems were reported with its report above.
        second.problems().forEach(problem -> spec.commandLine().getErr().println(problem));
        if (second.members().isEmpty()) {
            spec.commandLine().getErr().println(against + ": no results to compare with");
            return 1;
        }
        spec.commandLine().getOut().println();
        spec.commandLine().getOut().println(SeedGroupText.comparison(first, second));
        return 0;
    }

    private Integer single() throws Exception {
        if (!ExperimentFolder.isRun(run)) {
            spec.commandLine().getErr().println(run + ": not a run folder (no config.json) nor a seed group (no seeds.json)");
            return 1;
        }
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            RunStatus status = folder.readStatus();
            Optional<PredictionTable> table = folder.readPredictions();
            if (table.isEmpty() || table.get().predictions().isEmpty()) {
                spec.commandLine().getErr().println(run + ": no predictions yet (state " + status.state() + ")");
                return 1;
            }
            String selection = RunSummaryText.modelSelectionOf(folder);
            LosoReport report = LosoReport.of(table.get().labels(), table.get().predictions());
            // A baseline run has no network training choices; it names its model and normalisation instead.
            Optional<String> model = RunSummaryText.modelOf(folder);
            spec.commandLine().getOut().println(model.isPresent()
                    ? "Model: " + model.get() + " · " + RunSummaryText.normalisationOf(folder)
                    : "Training: " + RunSummaryText.choicesOf(folder));
            spec.commandLine().getOut().println(format(run, status, selection, report) + RunSummaryText.unusedClipsOf(folder));
            SelectionGap.of(folder.readHistory()).ifPresent(gap -> spec.commandLine().getOut().println(gapText(gap)));
            return 0;
        }
    }

    static String format(Path run, RunStatus status, String selection, LosoReport report) {
        ClassificationReport pooled = report.pooled();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Run %s — %s, model selection: %s%n", run, status.state(), selection));
        text.append(String.format(Locale.ROOT, "Pooled (%d clips): WA %.2f %%  UA %.2f %%  macro-F1 %.2f %%%n",
                pooled.total(), 100 * pooled.wa(), 100 * pooled.ua(), 100 * pooled.macroF1()));
        text.append(String.format(Locale.ROOT, "Over %d fold%s: WA %s  UA %s  macro-F1 %s%n", report.perFold().size(),
                report.perFold().size() == 1 ? "" : "s",
                report.waOverFolds().percent(), report.uaOverFolds().percent(), report.macroF1OverFolds().percent()));
        text.append(String.format(Locale.ROOT, "%nPer class        precision  recall     F1   support%n"));
        for (ClassMetrics c : pooled.perClass()) {
            text.append(String.format(Locale.ROOT, "  %-13s %9.3f %7.3f %6.3f %9d%n",
                    c.label(), c.precision(), c.recall(), c.f1(), c.support()));
        }
        text.append(String.format(Locale.ROOT, "%nPer fold%n"));
        report.perFold().forEach((id, r) -> text.append(row(id, r)));
        text.append(String.format(Locale.ROOT, "%nPer speaker%n"));
        report.perSpeaker().forEach((id, r) -> text.append(row(id, r)));
        text.append(String.format(Locale.ROOT, "%nConfusion matrix (rows: true, columns: predicted)%n"));
        text.append(matrix(pooled.matrix()));
        text.append(String.format(Locale.ROOT, "%nWA: %s%nUA: %s", ClassificationReport.WA_DEFINITION,
                ClassificationReport.UA_DEFINITION));
        return text.toString();
    }

    /** The kept epoch against the last and the best possible one, in test UA. */
    static String gapText(SelectionGap gap) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%nTest UA of the kept epoch vs the last and the best (test-oracle) epoch, mean ± sd over folds:%n"
                        + "  kept %s   last %s   best %s%n", gap.selected().percent(), gap.last().percent(),
                gap.best().percent()));
        gap.perFold().forEach((id, f) -> text.append(String.format(Locale.ROOT,
                "  %-20s kept %6.2f %% (epoch %d)   last %6.2f %% (epoch %d)   best %6.2f %% (epoch %d)%n", id,
                100 * f.selectedUa(), f.selectedEpoch(), 100 * f.lastUa(), f.lastEpoch(), 100 * f.bestUa(), f.bestEpoch())));
        return text.toString().stripTrailing();
    }

    private static String row(String id, ClassificationReport r) {
        return String.format(Locale.ROOT, "  %-20s WA %6.2f %%  UA %6.2f %%  (%d clips)%n", id, 100 * r.wa(), 100 * r.ua(),
                r.total());
    }

    private static String matrix(ConfusionMatrix matrix) {
        List<String> labels = matrix.labels();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "  %-11s", ""));
        labels.forEach(label -> text.append(String.format(Locale.ROOT, "%6.5s", label)));
        text.append(System.lineSeparator());
        for (int t = 0; t < labels.size(); t++) {
            text.append(String.format(Locale.ROOT, "  %-11s", labels.get(t)));
            for (int p = 0; p < labels.size(); p++) {
                text.append(String.format(Locale.ROOT, "%6d", matrix.count(t, p)));
            }
            text.append(System.lineSeparator());
        }
        return text.toString();
    }
}
