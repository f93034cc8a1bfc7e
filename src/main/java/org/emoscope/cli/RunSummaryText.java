package org.emoscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.experiment.RunConfig;
import org.emoscope.experiment.RunEnsemble;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.RunMetrics;
import org.emoscope.experiment.UnusedClips;
import org.emoscope.training.TrainingConfig;

/** The few lines {@code train} and {@code resume} print when a run is done, and the run's model-selection label. */
final class RunSummaryText {
    private RunSummaryText() {
    }

    /**
     * The policy the run's results were selected with: from its metrics, or, for a run without metrics yet
     * (one killed or cancelled before its last fold), from its configuration.
     */
    static String modelSelectionOf(ExperimentFolder folder) {
        try {
            Optional<String> fromMetrics = folder.readMetrics().map(RunMetrics::selectionPolicy);
            return fromMetrics.isPresent() ? fromMetrics.get()
                    : folder.readConfig().training().modelSelection().label();
        } catch (ExperimentFolderException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * The run's training choices ({@link TrainingConfig#choicesSummary()}) and, once it has finished, the input
     * frames they resolved to; or why they cannot be read.
     */
    static String choicesOf(ExperimentFolder folder) {
        try {
            return folder.readConfig().training().choicesSummary(folder.readMetrics().map(RunMetrics::inputFrames).orElse(null));
        } catch (ExperimentFolderException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * The run's model when it is not the network, e.g. "baseline: logistic regression on log-Mel functionals"
     * (see {@link RunConfig#model()}) or "ensemble of 3 runs"; empty for a network run or an unreadable
     * configuration.
     */
    static Optional<String> modelOf(ExperimentFolder folder) {
        try {
            RunConfig config = folder.readConfig();
            return RunEnsemble.description(config).or(config::model);
        } catch (ExperimentFolderException e) {
            return Optional.empty();
        }
    }

    /** The run's normalisation, described ({@link org.emoscope.training.Normalisation#description()}), or why it cannot be read. */
    static String normalisationOf(ExperimentFolder folder) {
        try {
            return folder.readConfig().training().normalisation().description();
        } catch (ExperimentFolderException e) {
            return "normalisation unknown (" + e.getMessage() + ")";
        }
    }

    /**
     * The clips the run could not use, one per line under a heading, or empty when it used them all;
     * a list that cannot be read is said so rather than left out.
     */
    static String unusedClipsOf(ExperimentFolder folder) {
        List<UnusedClips.Entry> unused;
        try {
            unused = folder.readUnusedClips();
        } catch (ExperimentFolderException e) {
            return unusedClipsUnknown(e);
        }
        if (unused.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%n%d clip%s could not be used (listed in %s):", unused.size(), unused.size() == 1 ? "" : "s",
                folder.directory().resolve(UnusedClips.FILE_NAME)));
        unused.forEach(entry -> text.append(System.lineSeparator()).append("  ").append(entry));
        return text.toString();
    }

    /** {@link #unusedClipsOf(ExperimentFolder)} of a finished run's folder. */
    static String unusedClipsOf(Path run) {
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            return unusedClipsOf(folder);
        } catch (IOException e) {
            return unusedClipsUnknown(e);
        }
    }

    private static String unusedClipsUnknown(IOException e) {
        return String.format(Locale.ROOT, "%nUnused clips: unknown (%s)", e.getMessage());
    }

    static String of(Path run, String modelSelection, LosoReport report) {
        ClassificationReport pooled = report.pooled();
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Run: %s%n", run.toAbsolutePath()));
        text.append(String.format(Locale.ROOT, "Model selection: %s%n", modelSelection));
        text.append(String.format(Locale.ROOT, "Pooled over %d folds (%d test clips): WA %.2f %%  UA %.2f %%  macro-F1 %.2f %%%n",
                report.perFold().size(), pooled.total(), 100 * pooled.wa(), 100 * pooled.ua(), 100 * pooled.macroF1()));
        text.append(String.format(Locale.ROOT, "Mean ± sd over folds: WA %s  UA %s%n",
                report.waOverFolds().percent(), report.uaOverFolds().percent()));
        report.perFold().forEach((fold, r) -> text.append(String.format(Locale.ROOT,
                "  %-20s WA %6.2f %%  UA %6.2f %%  (%d clips)%n", fold, 100 * r.wa(), 100 * r.ua(), r.total())));
        text.append("WA: ").append(ClassificationReport.WA_DEFINITION).append(System.lineSeparator());
        text.append("UA: ").append(ClassificationReport.UA_DEFINITION);
        text.append(unusedClipsOf(run));
        return text.toString();
    }
}
