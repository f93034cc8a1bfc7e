package org.emoscope.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.emoscope.evaluation.LosoReport;
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

    /** One row of the table. */
    public record Row(Configuration configuration, double gamma, double theta, double wa, double ua,
                      String waOverFolds, String uaOverFolds) {
    }

    private final Path target;
    private final Path other;
    private final UnaryOperator<TrainingConfig.Builder> overrides;
    private final Path featureCache;

    /**
     * @param overrides applied to each of the four configurations (preset, epochs, seed, …); must
     *                  not touch γ, θ or the added corpora, which define the configurations
     */
    public Ablation(Path target, Path other, UnaryOperator<TrainingConfig.Builder> overrides, Path featureCache) {
        this.target = target;
        this.other = other;
        this.overrides = overrides;
        this.featureCache = featureCache;
    }

    /** The configuration as it will run. */
    public TrainingConfig config(Configuration configuration) {
        TrainingConfig base = configuration.config(target, other);
        return overrides.apply(base.toBuilder()).lossWeights(base.gamma(), base.theta())
                .addedCorpora(base.addedCorpora()).build();
    }

    /** Runs the four configurations into subfolders of {@code out} and writes the table there. */
    public List<Row> run(Path out, TaskContext context, TrainingListener listener) throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Configuration configuration : Configuration.values()) {
            TrainingConfig config = config(configuration);
            LosoReport report = new ExperimentRunner(config, featureCache)
                    .run(out.resolve(configuration.folder()), context, listener);
            rows.add(new Row(configuration, config.gamma(), config.theta(), report.pooled().wa(),
                    report.pooled().ua(), report.waOverFolds().format(4), report.uaOverFolds().format(4)));
        }
        AtomicFiles.write(out.resolve("ablation.md"), markdown(rows, config(Configuration.SINGLE_TASK))
                .getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(out.resolve("ablation.csv"), csv(rows).getBytes(StandardCharsets.UTF_8));
        return rows;
    }

    static String markdown(List<Row> rows, TrainingConfig reference) {
        StringBuilder text = new StringBuilder();
        text.append("# Ablation (Fu et al., Table 2)\n\n");
        text.append(String.format(Locale.ROOT, "Target `%s`, preset %s, %d epochs, batch %d, seed %d, model selection: %s.%n",
                reference.targetCorpus(), reference.preset().label(), reference.epochs(), reference.batchSize(),
                reference.seed(), reference.modelSelection().label()));
        text.append("WA = overall accuracy; UA = mean per-class recall. Pooled over the leave-one-speaker-out folds; "
                + "mean ± sd over folds beside. Paper: SAVEE LOSO, test-oracle model selection.\n\n");
        text.append("| configuration | γ | θ | WA % | UA % | WA over folds | UA over folds | paper WA % | paper UA % |\n");
        text.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %s | %s | %.2f | %.2f |%n",
                    row.configuration().folder(), row.gamma(), row.theta(), 100 * row.wa(), 100 * row.ua(),
                    row.waOverFolds(), row.uaOverFolds(), row.configuration().paperWa, row.configuration().paperUa));
        }
        return text.toString();
    }

    static String csv(List<Row> rows) {
        StringBuilder text = new StringBuilder("configuration,gamma,theta,wa,ua,paper_wa,paper_ua\r\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%s\r\n", row.configuration().folder(),
                    row.gamma(), row.theta(), row.wa(), row.ua(), row.configuration().paperWa / 100,
                    row.configuration().paperUa / 100));
        }
        return text.toString();
    }
}
