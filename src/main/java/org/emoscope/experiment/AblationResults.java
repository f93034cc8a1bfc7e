package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.emoscope.evaluation.MeanSd;

/**
 * The paper-ablation table of a folder that {@link Ablation#run} (the {@code ablation} command)
 * fills: one row per configuration, read from its run as far as the run has got, beside Fu et al.'s
 * numbers. A configuration not run yet, or whose run cannot be read, still has its row, saying so.
 * Reads the disk: call it off the FX thread. Stateless and thread-safe.
 */
public final class AblationResults {

    /**
     * One configuration of the table.
     *
     * @param run         its run folder, or null when it has not been started
     * @param state       where its run stands; null when not started or unreadable
     * @param gamma       γ from its configuration; NaN when unknown
     * @param theta       θ from its configuration; NaN when unknown
     * @param wa          pooled WA; NaN before the first fold finished
     * @param ua          pooled UA; NaN before the first fold finished
     * @param waOverFolds mean ± sd of WA over folds; null before the first fold finished
     * @param uaOverFolds mean ± sd of UA over folds; null before the first fold finished
     * @param folds       how many folds the scores cover
     * @param partial     whether the run has not finished and the scores cover the folds so far
     * @param problem     why there are no scores ("not run yet", a damaged file); null when there are
     */
    public record Row(Ablation.Configuration configuration, Path run, RunState state, double gamma, double theta,
                      double wa, double ua, MeanSd waOverFolds, MeanSd uaOverFolds, int folds, boolean partial,
                      String problem) {

        public double paperWa() {
            return configuration.paperWa() / 100;
        }

        public double paperUa() {
            return configuration.paperUa() / 100;
        }
    }

    private AblationResults() {
    }

    /**
     * The ablation folder a run belongs to: its parent folder, when the run's folder is named after
     * one of the {@link Ablation.Configuration#folder() configurations}.
     */
    public static Optional<Path> groupOf(Path runDirectory) {
        Path name = runDirectory.getFileName();
        Path parent = runDirectory.toAbsolutePath().getParent();
        if (name == null || parent == null) {
            return Optional.empty();
        }
        return Ablation.Configuration.ofFolder(name.toString()).map(c -> parent);
    }

    /**
     * The ablation folders directly inside {@code runsFolder}: subfolders that are not runs themselves
     * but hold a run named after a configuration, in name order. Their runs are not direct children
     * of the runs folder, so a plain {@link RunIndex#list} misses them.
     *
     * @throws IOException only when the runs folder itself cannot be listed
     */
    public static List<Path> foldersIn(Path runsFolder) throws IOException {
        List<Path> groups = new ArrayList<>();
        if (!Files.isDirectory(runsFolder)) {
            return groups;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runsFolder, Files::isDirectory)) {
            for (Path entry : entries) {
                boolean holdsConfigurationRun = Arrays.stream(Ablation.Configuration.values())
                        .anyMatch(c -> ExperimentFolder.isRun(entry.resolve(c.folder())));
                if (!ExperimentFolder.isRun(entry) && holdsConfigurationRun) {
                    groups.add(entry);
                }
            }
        }
        groups.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return groups;
    }

    /** The table of the ablation folder {@code group}, in the paper's order. */
    public static List<Row> read(Path group) {
        List<Row> rows = new ArrayList<>();
        for (Ablation.Configuration configuration : Ablation.Configuration.values()) {
            rows.add(row(configuration, group.resolve(configuration.folder())));
        }
        return rows;
    }

    private static Row row(Ablation.Configuration configuration, Path run) {
        if (!ExperimentFolder.isRun(run)) {
            return new Row(configuration, null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null,
                    0, false, "not run yet");
        }
        RunResults results;
        try {
            results = RunResults.read(run);
        } catch (IOException e) {
            return new Row(configuration, run, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null,
                    0, false, e.getMessage());
        }
        double gamma = results.config().path("gamma").asDouble(Double.NaN);
        double theta = results.config().path("theta").asDouble(Double.NaN);
        RunState state = results.summary().state();
        Optional<RunScores> scores;
        try {
            scores = RunScores.of(results);
        } catch (IllegalArgumentException e) {
            return new Row(configuration, run, state, gamma, theta, Double.NaN, Double.NaN, null, null, 0, false,
                    run.resolve(ExperimentFolder.PREDICTIONS_FILE) + ": " + e.getMessage());
        }
        if (scores.isEmpty()) {
            return new Row(configuration, run, state, gamma, theta, Double.NaN, Double.NaN, null, null, 0, false,
                    "no fold finished yet");
        }
        RunMetrics metrics = scores.get().metrics();
        return new Row(configuration, run, state, gamma, theta, metrics.pooled().wa(), metrics.pooled().ua(),
                metrics.waOverFolds(), metrics.uaOverFolds(), scores.get().folds(), scores.get().partial(), null);
    }

    /**
     * The table as CSV, the columns of {@code ablation.csv} and more:
     * {@code configuration,gamma,theta,wa,ua,wa_mean_over_folds,wa_sd_over_folds,ua_mean_over_folds,
     * ua_sd_over_folds,folds,partial,paper_wa,paper_ua,problem}; fractions, undefined values empty.
     */
    public static CsvTable toTable(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(List.of(row.configuration().folder(), CsvTable.number(row.gamma()),
                    CsvTable.number(row.theta()), CsvTable.number(row.wa()), CsvTable.number(row.ua()),
                    meanOf(row.waOverFolds()), sdOf(row.waOverFolds()), meanOf(row.uaOverFolds()),
                    sdOf(row.uaOverFolds()), Integer.toString(row.folds()),
                    Boolean.toString(row.partial()), CsvTable.number(row.paperWa()),
                    CsvTable.number(row.paperUa()), row.problem() == null ? "" : row.problem()));
        }
        return new CsvTable(List.of("configuration", "gamma", "theta", "wa", "ua", "wa_mean_over_folds",
                "wa_sd_over_folds", "ua_mean_over_folds", "ua_sd_over_folds", "folds", "partial", "paper_wa",
                "paper_ua", "problem"), cells);
    }

    private static String meanOf(MeanSd value) {
        return value == null ? "" : CsvTable.number(value.mean());
    }

    private static String sdOf(MeanSd value) {
        return value == null ? "" : CsvTable.number(value.sd());
    }
}
