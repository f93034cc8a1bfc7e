package org.emoscope.training;

import java.util.List;

/**
 * One problem of a {@link TrainingConfig}: the fields it concerns, so that a form can show it beside them, and what
 * is wrong, split into its subject in the configuration's own terms (as a config file names it) and the complaint,
 * so that a form can name the subject in its own words. Immutable.
 *
 * @param fields    the fields concerned, at least one
 * @param subject   e.g. "epochs", "addedCorpora[0].fraction"
 * @param complaint what follows the subject, e.g. " must be positive, got 0"
 */
public record ConfigProblem(List<Field> fields, String subject, String complaint) {
    /** The parts of a configuration a problem can concern. */
    public enum Field {
        FORMAT, TARGET_CORPUS, HELD_OUT_SPEAKERS, ADDED_CORPORA, GAMMA, THETA, ARCHITECTURE, DROPOUT, FEATURES,
        FRAMES, PAD_VALUE, EPOCHS, BATCH_SIZE, OPTIMISER, LEARNING_RATE, VALIDATION_SPEAKERS, EARLY_STOPPING,
        WARMUP, GRADIENT_CLIP
    }

    public ConfigProblem {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a problem concerns at least one field: " + subject + complaint);
        }
    }

    static ConfigProblem of(Field field, String subject, String complaint) {
        return new ConfigProblem(List.of(field), subject, complaint);
    }

    /** The problem in the configuration's terms, e.g. "epochs must be positive, got 0". */
    public String message() {
        return subject + complaint;
    }
}
