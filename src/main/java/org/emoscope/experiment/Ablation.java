package org.emoscope.experiment;

import org.emoscope.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.emoscope.evaluation.MeanSd;
import org.emoscope.evaluation.PairedComparison;
import org.emoscope.task.TaskContext;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingListener;

/**
 * The paper's Table 2 in one go: single task, multitask, cross-language and multitask
 * cross-language, each a leave-one-speaker-out run in its own subfolder, then a comparison table
 * (Markdown and CSV) with Fu et al.'s SAVEE numbers beside ours. Runs on the calling thread.
 */
public final class Ablation {
    /** One of the four configurations, with the paper's SAVEE LOSO result (%). */
    public enum Configuration {
        SINGLE_TASK("single-task", 65.51, 64.70),
        MULTITASK("multitask", 69.96, 69.79),
        CROSS_LANGUAGE("cross-language", 67.39, 66.63),
        MULTITASK_CROSS_LANGUAGE("multitask-cross-language", 73.62, 71.11);

        private final String folder;
        private final double paperWa;
        private final double paperUa;

        Configuration(String folder, double paperWa, double paperUa) {
            this.folder = folder;
            this.paperWa = paperWa;
            this.paperUa = paperUa;
        }

        public String folder() {
            return folder;
        }

        /** Fu et al.'s SAVEE LOSO weighted accuracy, in percent. */
        public double paperWa() {
            return paperWa;
        }

        /** Fu et al.'s SAVEE LOSO unweighted accuracy, in percent. */
        public double paperUa() {
            return paperUa;
        }

        /** The configuration whose runs go into the subfolder {@code name}, if any. */
        public static Optional<Configuration> ofFolder(String name) {
            return Arrays.stream(values()).filter(c -> c.folder.equals(name)).findFirst();
        }

        TrainingConfig config(Path target, Path other) {
            return switch (this) {
                case SINGLE_TASK -> TrainingConfig.singleTask(target);
                case MULTITASK -> TrainingConfig.multitask(target);
                case CROSS_LANGUAGE -> TrainingConfig.crossLanguage(target, other);
                case MULTITASK_CROSS_LANGUAGE -> TrainingConfig.multitaskCrossLanguage(target, other);
            };
        }
    }

    private final Path target;
    private final Path other;
    private final UnaryOperator<TrainingConfig.Builder> overrides;
    private final Path featureCache;
    private final List<Long> seeds;

    /**
     * @param overrides applied to each of the four configurations (preset, epochs, seed, …); must
     *                  not touch γ, θ or the added corpora, which define the configurations
     */
    public Ablation(Path target, Path other, UnaryOperator<TrainingConfig.Builder> overrides, Path featureCache) {
        this(target, other, overrides, featureCache, List.of());
    }

    /**
     * @param seeds empty: one run per configuration; otherwise each configuration is a
     *              {@link SeedGroup} with one run per seed
     */
    public Ablation(Path target, Path other, UnaryOperator<TrainingConfig.Builder> overrides, Path featureCache,
                    List<Long> seeds) {
        this.target = target;
        this.other = other;
        this.overrides = overrides;
        this.featureCache = featureCache;
        this.seeds = List.copyOf(seeds);
    }

    /** The configuration as it will run. */
    public TrainingConfig config(Configuration configuration) {
        TrainingConfig base = configuration.config(target, other);
        return overrides.apply(base.toBuilder()).lossWeights(base.gamma(), base.theta())
                .addedCorpora(base.addedCorpora()).build();
    }

    /**
     * Runs the four configurations into subfolders of {@code out} (each a seed group when there are
     * seeds) and writes the table there; returns it as {@link AblationResults#read} reads it.
     */
    public List<AblationResults.Row> run(Path out, TaskContext context, TrainingListener listener) throws Exception {
        for (Configuration configuration : Configuration.values()) {
            TrainingConfig config = config(configuration);
            Path folder = out.resolve(configuration.folder());
            if (seeds.isEmpty()) {
                new ExperimentRunner(config, featureCache).run(folder, context, listener);
            } else {
                new SeedGroupRunner(config, seeds, featureCache).run(folder, context, listener);
            }
        }
        List<AblationResults.Row> rows = AblationResults.read(out);
        writeTables(out, rows, config(Configuration.SINGLE_TASK), seeds);
        return rows;
    }

    /**
     * Writes {@code ablation.md} and {@code ablation.csv} into the folder holding the four configurations.
     *
     * @param reference the single-task configuration, whose shared settings head the table
     * @param seeds     the seeds when each configuration is a seed group, else empty
     */
    static void writeTables(Path out, List<AblationResults.Row> rows, TrainingConfig reference, List<Long> seeds)
            throws IOException {
        AtomicFiles.write(out.resolve("ablation.md"), markdown(rows, reference, seeds).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve("ablation.csv"), csv(rows).getBytes(StandardCharsets.UTF_8));
    }

    static String markdown(List<AblationResults.Row> rows, TrainingConfig reference, List<Long> seeds) {
        StringBuilder text = new StringBuilder();
        text.append("# Ablation (Fu et al., Table 2)\n\n");
        text.append(String.format(Locale.ROOT, "Target `%s`, preset %s, %d epochs, batch %d, %s, model selection: %s.%n",
                reference.targetCorpus(), reference.preset().label(), reference.epochs(), reference.batchSize(),
                seeds.isEmpty() ? "seed " + reference.seed()
                        : "seeds " + seeds.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                reference.modelSelection().label()));
        text.append("Training: ").append(reference.choicesSummary()).append(".\n");
        text.append("WA = overall accuracy; UA = mean per-class recall. Pooled over the leave-one-speaker-out folds");
        text.append(seeds.isEmpty() ? "; mean ± sd over folds beside."
                : " and averaged over seeds (± sd over seeds); beside, mean ± sd over seeds × folds.");
        text.append(" Paper: SAVEE LOSO, test-oracle model selection.\n");
        text.append("ΔUA: against single task over the common folds (each fold averaged over seeds), mean difference "
                + "in percentage points, paired bootstrap 95 % CI and exact Wilcoxon signed-rank p; *within noise* "
                + "when p ≥ 0.05 or the CI contains 0.\n\n");
        text.append("| configuration | γ | θ | WA % | UA % | WA over folds | UA over folds | ΔUA vs single task | "
                + "paper WA % | paper UA % |\n");
        text.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (AblationResults.Row row : rows) {
            text.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s | %s | %s | %s | %.2f | %.2f |%n",
                    row.configuration().folder(), row.gamma(), row.theta(), percent(row.wa(), row.waOverSeeds()),
                    percent(row.ua(), row.uaOverSeeds()), format(row.waOverFolds()), format(row.uaOverFolds()),
                    versus(row), row.configuration().paperWa, row.configuration().paperUa));
        }
        rows.stream().filter(r -> r.problem() != null || !r.memberProblems().isEmpty()).forEach(r -> {
            text.append(String.format(Locale.ROOT, "%n%s: %s", r.configuration().folder(),
                    r.problem() != null ? r.problem() : String.join("; ", r.memberProblems())));
        });
        return text.toString();
    }

    private static String percent(double value, MeanSd overSeeds) {
        if (Double.isNaN(value)) {
            return "—";
        }
        return overSeeds == null || Double.isNaN(overSeeds.sd()) ? String.format(Locale.ROOT, "%.2f", 100 * value)
                : String.format(Locale.ROOT, "%.2f ± %.2f", 100 * value, 100 * overSeeds.sd());
    }

    private static String format(MeanSd value) {
        return value == null ? "—" : value.percent();
    }

    private static String versus(AblationResults.Row row) {
        PairedComparison c = row.versusSingleTask();
        if (c == null) {
            return row.configuration() == Configuration.SINGLE_TASK ? "(reference)" : "—";
        }
        return String.format(Locale.ROOT, "%+.2f [%+.2f, %+.2f], p = %.3f, %s", 100 * c.meanDifference(),
                100 * c.interval().low(), 100 * c.interval().high(), c.pValue(),
                c.withinNoise() ? "*within noise*" : "**beyond noise**");
    }

    /** The first columns as before seeds; then the seeds and the comparison with single task. */
    /** A percentage as the fraction it reads as (69.96 → 0.6996, not 0.6995999999999999). */
    private static double fraction(double percent) {
        return java.math.BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
    }

    static String csv(List<AblationResults.Row> rows) {
        StringBuilder text = new StringBuilder("configuration,gamma,theta,wa,ua,paper_wa,paper_ua,seeds,wa_sd_over_seeds,"
                + "ua_sd_over_seeds,ua_difference_vs_single_task,ua_ci_low,ua_ci_high,wilcoxon_p,within_noise\r\n");
        for (AblationResults.Row row : rows) {
            PairedComparison c = row.versusSingleTask();
            text.append(String.join(",", row.configuration().folder(), CsvTable.number(row.gamma()),
                    CsvTable.number(row.theta()), CsvTable.number(row.wa()), CsvTable.number(row.ua()),
                    CsvTable.number(fraction(row.configuration().paperWa)), CsvTable.number(fraction(row.configuration().paperUa)),
                    Integer.toString(row.seeds()), row.waOverSeeds() == null ? "" : CsvTable.number(row.waOverSeeds().sd()),
                    row.uaOverSeeds() == null ? "" : CsvTable.number(row.uaOverSeeds().sd()),
                    c == null ? "" : CsvTable.number(c.meanDifference()),
                    c == null ? "" : CsvTable.number(c.interval().low()),
                    c == null ? "" : CsvTable.number(c.interval().high()),
                    c == null ? "" : CsvTable.number(c.pValue()),
                    c == null ? "" : Boolean.toString(c.withinNoise()))).append("\r\n");
        }
        return text.toString();
    }
}
