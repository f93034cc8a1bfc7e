package org.emoscope.training;

import java.util.List;

/**
 * One problem of a {@link TrainingConfig}: the fields it concerns, so that a form can show it beside them, and what
 * is wrong, in the configuration's own terms (as a config file names them). Immutable.
 *
 * @param fields  the fields concerned, at least one
 * @param message e.g. "epochs must be positive, got 0"
 */
public record ConfigProblem(List<Field> fields, String message) {
    /** The parts of a configuration a problem can concern. */
    public enum Field {
        FORMAT, TARGET_CORPUS, HELD_OUT_SPEAKERS, ADDED_CORPORA, GAMMA, THETA, ARCHITECTURE, DROPOUT, FEATURES,
        FRAMES, PAD_VALUE, EPOCHS, BATCH_SIZE, OPTIMISER, LEARNING_RATE, VALIDATION_SPEAKERS, EARLY_STOPPING,
        WARMUP, GRADIENT_CLIP
    }

    public ConfigProblem {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a problem concerns at least one field: " + message);
        }
    }

    static ConfigProblem of(Field field, String message) {
        return new ConfigProblem(List.of(field), message);
    }
}
