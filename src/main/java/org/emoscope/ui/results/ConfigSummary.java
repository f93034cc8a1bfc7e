package org.emoscope.ui.results;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.experiment.BaselineRunner;
import org.emoscope.experiment.RunConfig;
import org.emoscope.experiment.RunEnsemble;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.TrainingConfig;

/**
 * A training configuration in one line for the runs table, e.g.
 * "compact · emodb-2s + savee · multitask θ 1 · LOSO · per-speaker (transductive) · 40 epochs · seed 42", or for
 * a baseline run "baseline (log-Mel functionals + logistic regression) · emodb-2s · LOSO · training-fold · seed 42",
 * for an ensemble "ensemble of 3 runs · emodb-2s · LOSO · per-speaker (transductive)".
 * Stateless and thread-safe.
 */
final class ConfigSummary {
    private ConfigSummary() {
    }

    static String of(RunConfig run) {
        TrainingConfig config = run.training();
        List<String> parts = new ArrayList<>();
        // A baseline or an ensemble names its model instead of a network preset, and has no loss weights or epochs.
        if (run.model().isPresent()) {
            parts.add(BaselineRunner.isBaseline(run) ? "baseline (log-Mel functionals + logistic regression)"
                    : RunEnsemble.description(run).orElse(run.model().get()));
        } else {
            parts.add(config.preset().label());
        }
        StringBuilder corpora = new StringBuilder(
                config.targetCorpus() == null ? "" : folderName(config.targetCorpus().toString()));
        for (AddedCorpus added : config.addedCorpora()) {
            corpora.append(" + ").append(folderName(added.folder().toString()));
        }
        if (!corpora.isEmpty()) {
            parts.add(corpora.toString());
        }
        if (run.isNetwork()) {
            parts.add(config.theta() > 0 ? "multitask θ " + plain(config.theta()) : "single task");
        }
        parts.add(config.leaveOneSpeakerOut() ? "LOSO" : "test " + String.join(", ", config.heldOutSpeakers()));
        parts.add(config.normalisation().transductive() ? "per-speaker (transductive)"
                : config.normalisation().label());
        if (run.isNetwork()) {
            parts.add(config.epochs() + " epochs");
        }
        run.seed().ifPresent(seed -> parts.add("seed " + seed));
        return String.join(" · ", parts);
    }

    private static String folderName(String folder) {
        Path name = Path.of(folder).normalize().getFileName();
        return name == null ? folder : name.toString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
