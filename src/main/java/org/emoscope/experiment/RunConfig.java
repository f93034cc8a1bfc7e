package org.emoscope.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.TrainingConfigJson;
import org.emoscope.training.TrainingFormatException;

/**
 * A run's configuration ({@code config.json}'s {@code config}), read one way ({@link ExperimentFolder#readConfig}).
 * Every run has a {@link TrainingConfig}, read tolerantly as {@link TrainingConfigJson} does (a run written before a
 * field existed gets the value it was trained with): a network run's whole recipe; for a run whose model is not
 * the network ({@link #model()}: a baseline, an ensemble) the corpora, folds, normalisation and features it was
 * evaluated on, its network fields the defaults. Such a model's own section ({@code "baseline"},
 * {@code "ensemble"}) is in {@link #tree()}. Immutable.
 *
 * @param training the training configuration
 * @param model    the model when it is not the network, e.g. {@link org.emoscope.training.baseline.BaselineSettings#MODEL}; empty for the network
 * @param tree     the configuration as written, for the model's own section and for comparing runs field by field
 */
public record RunConfig(TrainingConfig training, Optional<String> model, ObjectNode tree) {
    /** The field of a configuration that names a model other than the network. */
    static final String MODEL_FIELD = "model";

    public RunConfig {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(model, "model");
        tree = tree.deepCopy();
    }

    /**
     * Reads a configuration tree of {@code file}.
     *
     * @throws ExperimentFolderException naming the file when the tree is no training configuration
     */
    public static RunConfig of(ObjectNode tree, Path file) throws ExperimentFolderException {
        try {
            TrainingConfig training = TrainingConfigJson.fromJson(tree.toString(), "its configuration");
            JsonNode model = tree.path(MODEL_FIELD);
            return new RunConfig(training, model.isTextual() && !model.asText().isBlank()
                    ? Optional.of(model.asText()) : Optional.empty(), tree);
        } catch (TrainingFormatException e) {
            throw new ExperimentFolderException(file, e.getMessage(), e);
        }
    }

    /** Whether the run trained the network (not a baseline or an ensemble). */
    public boolean isNetwork() {
        return model.isEmpty();
    }

    /** The run's seed, when its configuration records one (a network run or a baseline, not an ensemble). */
    public Optional<Long> seed() {
        return tree.path("seed").isIntegralNumber() ? Optional.of(tree.path("seed").asLong()) : Optional.empty();
    }

    /** The model's own section, e.g. a baseline's {@code "baseline"}; a missing node when there is none. */
    public JsonNode section(String name) {
        return tree.path(name);
    }

    @Override
    public ObjectNode tree() {
        return tree.deepCopy();
    }
}
