package org.emoscope.ui.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emoscope.experiment.BaselineRunner;
import org.emoscope.experiment.RunEnsemble;

/**
 * A training configuration in one line for the runs table, e.g.
 * "compact · emodb-2s + savee · multitask θ 1 · LOSO · per-speaker (transductive) · 40 epochs · seed 42", or for
 * a baseline run "baseline (log-Mel functionals + logistic regression) · emodb-2s · LOSO · training-fold · seed 42",
 * for an ensemble "ensemble of 3 runs · emodb-2s · LOSO · per-speaker (transductive)".
 * Reads the JSON
 * tolerantly: what is missing is left out. Stateless and thread-safe.
 */
final class ConfigSummary {
    private ConfigSummary() {
    }

    static String of(JsonNode config) {
        List<String> parts = new ArrayList<>();
        // A baseline run names its model instead of a network preset, and has no loss weights or epochs.
        Optional<String> model = BaselineRunner.modelOf(config);
        if (model.isPresent()) {
            parts.add(BaselineRunner.isBaseline(config) ? "baseline (log-Mel functionals + logistic regression)"
                    : RunEnsemble.description(config).orElse(model.get()));
        } else {
            text(config, "preset").ifPresent(parts::add);
        }
        StringBuilder corpora = new StringBuilder(
                text(config, "targetCorpus").map(ConfigSummary::folderName).orElse(""));
        for (JsonNode added : config.path("addedCorpora")) {
            text(added, "folder").ifPresent(folder -> corpora.append(" + ").append(folderName(folder)));
        }
        if (!corpora.isEmpty()) {
            parts.add(corpora.toString());
        }
        JsonNode theta = config.path("theta");
        if (theta.isNumber()) {
            parts.add(theta.asDouble() > 0 ? "multitask θ " + plain(theta.asDouble()) : "single task");
        }
        JsonNode heldOut = config.path("heldOutSpeakers");
        if (heldOut.isArray()) {
            List<String> speakers = new ArrayList<>();
            heldOut.forEach(speaker -> speakers.add(speaker.asText()));
            parts.add(speakers.isEmpty() ? "LOSO" : "test " + String.join(", ", speakers));
        }
        // Written before the choice existed (format 1): trained with training-fold statistics.
        String normalisation = text(config, "normalisation").orElse("training-fold");
        parts.add(normalisation.equals("per-speaker") ? "per-speaker (transductive)" : normalisation);
        if (config.path("epochs").isInt()) {
            parts.add(config.path("epochs").asInt() + " epochs");
        }
        if (config.path("seed").isIntegralNumber()) {
            parts.add("seed " + config.path("seed").asLong());
        }
        return String.join(" · ", parts);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank()
                ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String folderName(String folder) {
        Path name = Path.of(folder).normalize().getFileName();
        return name == null ? folder : name.toString();
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
