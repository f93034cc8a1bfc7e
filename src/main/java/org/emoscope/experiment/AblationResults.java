package org.emoscope.experiment;

import org.emoscope.training.TrainingConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.emoscope.evaluation.MeanSd;
import org.emoscope.evaluation.PairedComparison;

/**
 * The paper-ablation table of a folder that {@link Ablation#run} (the {@code ablation} command)
 * fills: one row per configuration, read from its run as far as the run has got, beside Fu et al.'s
 * numbers. A configuration not run yet, or whose run cannot be read, still has its row, saying so.
 * Reads the disk: call it off the FX thread. Stateless and thread-safe.
 */
public final class AblationResults {

    /**
     * One configuration of the table: a run, or a {@link SeedGroup} of runs that differ only in
     * their seed (then the scores are means over seeds).
     *
     * @param run            its run or seed-group folder, or null when it has not been started
     * @param state          where its run stands (for a group: DONE when every seed is, else the first
     *                       seed's that is not); null when not started or unreadable
     * @param gamma          γ from its configuration; NaN when unknown
     * @param theta          θ from its configuration; NaN when unknown
     * @param wa             pooled WA (mean over seeds); NaN before the first fold finished
     * @param ua             pooled UA (mean over seeds); NaN before the first fold finished
     * @param waOverFolds    mean ± sd of WA over folds (and seeds); null before the first fold finished
     * @param uaOverFolds    mean ± sd of UA over folds (and seeds); null before the first fold finished
     * @param folds          how many folds the scores cover
     * @param partial        whether the scores cover only the folds (or seeds) finished so far
     * @param problem        why there are no scores ("not run yet", a damaged file); null when there are
     * @param seeds          how many seeds have scores (1 for a plain run, 0 without scores)
     * @param waOverSeeds    mean ± sd over seeds of the pooled WA; null without scores
     * @param uaOverSeeds    mean ± sd over seeds of the pooled UA; null without scores
     * @param versusSingleTask this configuration's UA against single task's over their common folds
     *                       (each fold averaged over seeds; difference this − single task); null for
     *                       single task itself or when either has no scores
     * @param memberProblems seeds left out (missing or damaged), one line each naming the folder
     */
    public record Row(Ablation.Configuration configuration, Path run, RunState state, double gamma, double theta,
                      double wa, double ua, MeanSd waOverFolds, MeanSd uaOverFolds, int folds, boolean partial,
                      String problem, int seeds, MeanSd waOverSeeds, MeanSd uaOverSeeds,
                      PairedComparison versusSingleTask, List<String> memberProblems) {

        public Row {
            memberProblems = memberProblems == null ? List.of() : List.copyOf(memberProblems);
        }

        public double paperWa() {
            return configuration.paperWa() / 100;
        }

        public double paperUa() {
            return configuration.paperUa() / 100;
        }

        /** Whether this configuration's UA differs from single task's by no more than noise; null when not compared. */
        public Boolean withinNoiseOfSingleTask() {
            return versusSingleTask == null ? null : versusSingleTask.withinNoise();
        }

        Row comparedWith(PairedComparison comparison) {
            return new Row(configuration, run, state, gamma, theta, wa, ua, waOverFolds, uaOverFolds, folds, partial,
                    problem, seeds, waOverSeeds, uaOverSeeds, comparison, memberProblems);
        }
    }

    private AblationResults() {
    }

    /**
     * The ablation folder a run belongs to: its parent folder, when the run's folder is named after
     * one of the {@link Ablation.Configuration#folder() configurations}, or the run is a seed of a
     * seed group so named.
     */
    public static Optional<Path> groupOf(Path runDirectory) {
        Path configurationFolder = SeedGroup.groupOf(runDirectory).orElse(runDirectory.toAbsolutePath());
        Path name = configurationFolder.getFileName();
        Path parent = configurationFolder.toAbsolutePath().getParent();
        if (name == null || parent == null) {
            return Optional.empty();
        }
        return Ablation.Configuration.ofFolder(name.toString()).map(c -> parent);
    }

    /**
     * The ablation folders directly inside {@code runsFolder}: subfolders that are not runs themselves
     * but hold a run or seed group named after a configuration, in name order. Their runs are not
     * direct children of the runs folder, so a plain {@link RunIndex#list} misses them.
     *
     * @throws IOException only when the runs folder itself cannot be listed
     */
    public static List<Path> foldersIn(Path runsFolder) throws IOException {
        return Subfolders.of(runsFolder, entry -> !ExperimentFolder.isRun(entry)
                && Arrays.stream(Ablation.Configuration.values()).anyMatch(c -> ExperimentFolder.isRun(entry.resolve(c.folder()))
                        || SeedGroup.isGroup(entry.resolve(c.folder()))));
    }

    /**
     * The table of the ablation folder {@code group}, in the paper's order; each configuration after
     * the first is compared with single task over their common folds.
     */
    public static List<Row> read(Path group) {
        List<Row> rows = new ArrayList<>();
        List<ReplicatedScores> scores = new ArrayList<>();
        for (Ablation.Configuration configuration : Ablation.Configuration.values()) {
            ReplicatedScores[] read = new ReplicatedScores[1];
            rows.add(row(configuration, group.resolve(configuration.folder()), read));
            scores.add(read[0]);
        }
        ReplicatedScores singleTask = scores.get(0);
        for (int i = 1; i < rows.size(); i++) {
            ReplicatedScores other = scores.get(i);
            if (singleTask != null && other != null) {
                PairedComparison comparison = singleTask.pairedWith(other, ReplicatedScores.Score.UA).orElse(null);
                rows.set(i, rows.get(i).comparedWith(comparison));
            }
        }
        return rows;
    }

    private static Row row(Ablation.Configuration configuration, Path folder, ReplicatedScores[] read) {
        boolean isGroup = SeedGroup.isGroup(folder);
        if (!ExperimentFolder.isRun(folder) && !isGroup) {
            return empty(configuration, null, null, Double.NaN, Double.NaN, "not run yet", List.of());
        }
        Path first = isGroup ? firstMember(folder) : folder;
        double gamma = Double.NaN;
        double theta = Double.NaN;
        RunState state = null;
        if (first != null) {
            try (ExperimentFolder run = ExperimentFolder.open(first)) {
                TrainingConfig config = run.readConfig().training();
                gamma = config.gamma();
                theta = config.theta();
            } catch (IOException e) {
                // Reported below, where the scores are read.
            }
        }
        ReplicatedScores scores;
        try {
            scores = ReplicatedScores.read(folder);
        } catch (ExperimentFolderException e) {
            return empty(configuration, folder, null, gamma, theta, e.getMessage(), List.of());
        }
        state = isGroup ? groupState(folder) : RunIndex.withDefaultSummary().summarise(folder).state();
        if (scores.members().isEmpty()) {
            String problem = isGroup ? "no seed has a finished fold yet"
                    : scores.problems().stream().filter(p -> !p.contains("no fold finished yet")).findFirst()
                            .orElse("no fold finished yet");
            return empty(configuration, folder, state, gamma, theta, problem, isGroup ? scores.problems() : List.of());
        }
        read[0] = scores;
        MeanSd waOverSeeds = scores.overSeeds(ReplicatedScores.Score.WA);
        MeanSd uaOverSeeds = scores.overSeeds(ReplicatedScores.Score.UA);
        boolean partial = scores.partial() || (isGroup && !scores.problems().isEmpty());
        return new Row(configuration, folder, state, gamma, theta, waOverSeeds.mean(), uaOverSeeds.mean(),
                scores.overSeedsAndFolds(ReplicatedScores.Score.WA), scores.overSeedsAndFolds(ReplicatedScores.Score.UA),
                scores.folds().size(), partial, null, scores.members().size(), waOverSeeds, uaOverSeeds, null,
                scores.problems());
    }

    private static Row empty(Ablation.Configuration configuration, Path run, RunState state, double gamma,
                             double theta, String problem, List<String> memberProblems) {
        return new Row(configuration, run, state, gamma, theta, Double.NaN, Double.NaN, null, null, 0, false, problem,
                0, null, null, null, memberProblems);
    }

    private static Path firstMember(Path group) {
        try {
            return SeedGroup.read(group).members().stream().map(SeedGroup.Member::directory)
                    .filter(ExperimentFolder::isRun).findFirst().orElse(null);
        } catch (ExperimentFolderException e) {
            return null;
        }
    }

    /** DONE when every seed is; otherwise the state of the first seed that is not (null for one not started). */
    private static RunState groupState(Path group) {
        try {
            for (SeedGroup.Member member : SeedGroup.read(group).members()) {
                RunState state = ExperimentFolder.isRun(member.directory())
                        ? RunIndex.withDefaultSummary().summarise(member.directory()).state() : null;
                if (state != RunState.DONE) {
                    return state;
                }
            }
            return RunState.DONE;
        } catch (ExperimentFolderException e) {
            return null;
        }
    }

    /**
     * The table as CSV:
     * {@code configuration,gamma,theta,wa,ua,wa_mean_over_folds,wa_sd_over_folds,ua_mean_over_folds,
     * ua_sd_over_folds,folds,partial,paper_wa,paper_ua,seeds,wa_sd_over_seeds,ua_sd_over_seeds,
     * ua_difference_vs_single_task,ua_ci_low,ua_ci_high,wilcoxon_p,within_noise,problem}; fractions,
     * undefined values empty; "over folds" is over seeds × folds for a seed group; the comparison
     * columns are empty for single task.
     */
    public static CsvTable toTable(List<Row> rows) {
        List<List<String>> cells = new ArrayList<>();
        for (Row row : rows) {
            cells.add(List.of(row.configuration().folder(), CsvTable.number(row.gamma()),
                    CsvTable.number(row.theta()), CsvTable.number(row.wa()), CsvTable.number(row.ua()),
                    meanOf(row.waOverFolds()), sdOf(row.waOverFolds()), meanOf(row.uaOverFolds()),
                    sdOf(row.uaOverFolds()), Integer.toString(row.folds()),
                    Boolean.toString(row.partial()), CsvTable.number(row.paperWa()),
                    CsvTable.number(row.paperUa()), Integer.toString(row.seeds()), sdOf(row.waOverSeeds()),
                    sdOf(row.uaOverSeeds()), versus(row, c -> CsvTable.number(c.meanDifference())),
                    versus(row, c -> CsvTable.number(c.interval().low())),
                    versus(row, c -> CsvTable.number(c.interval().high())),
                    versus(row, c -> CsvTable.number(c.pValue())),
                    versus(row, c -> Boolean.toString(c.withinNoise())),
                    row.problem() == null ? "" : row.problem()));
        }
        return new CsvTable(List.of("configuration", "gamma", "theta", "wa", "ua", "wa_mean_over_folds",
                "wa_sd_over_folds", "ua_mean_over_folds", "ua_sd_over_folds", "folds", "partial", "paper_wa",
                "paper_ua", "seeds", "wa_sd_over_seeds", "ua_sd_over_seeds", "ua_difference_vs_single_task",
                "ua_ci_low", "ua_ci_high", "wilcoxon_p", "within_noise", "problem"), cells);
    }

    private static String versus(Row row, java.util.function.Function<PairedComparison, String> cell) {
        return row.versusSingleTask() == null ? "" : cell.apply(row.versusSingleTask());
    }

    private static String meanOf(MeanSd value) {
        return value == null ? "" : CsvTable.number(value.mean());
    }

    private static String sdOf(MeanSd value) {
        return value == null ? "" : CsvTable.number(value.sd());
    }
}
