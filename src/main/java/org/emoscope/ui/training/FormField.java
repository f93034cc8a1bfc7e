package org.emoscope.ui.training;

import java.util.List;
import org.emoscope.training.ConfigProblem;

/**
 * The fields of the training form that a problem can be shown next to; {@link #of(ConfigProblem)} says which a
 * problem of {@link org.emoscope.training.TrainingConfig#problems()} belongs beside.
 */
public enum FormField {
    TARGET, HELD_OUT, ADDED_CORPORA, GAMMA, THETA, SIZES, FRAMES, EPOCHS, BATCH_SIZE, LEARNING_RATE, SCHEDULE,
    DROPOUT, SEED, MODEL_SELECTION, RUN_NAME,
    /** Problems that belong to no field of the form; they appear only in the list. */
    OTHER;

    /** The form fields beside which {@code problem} is shown. */
    static List<FormField> of(ConfigProblem problem) {
        return problem.fields().stream().map(FormField::of).distinct().toList();
    }

    private static FormField of(ConfigProblem.Field field) {
        return switch (field) {
            case TARGET_CORPUS -> TARGET;
            case HELD_OUT_SPEAKERS -> HELD_OUT;
            case ADDED_CORPORA -> ADDED_CORPORA;
            case GAMMA -> GAMMA;
            case THETA -> THETA;
            case ARCHITECTURE -> SIZES;
            case DROPOUT -> DROPOUT;
            case FRAMES -> FRAMES;
            case EPOCHS -> EPOCHS;
            case BATCH_SIZE -> BATCH_SIZE;
            case LEARNING_RATE -> LEARNING_RATE;
            case WARMUP, GRADIENT_CLIP -> SCHEDULE;
            case VALIDATION_SPEAKERS -> MODEL_SELECTION;
            case FORMAT, FEATURES, PAD_VALUE, OPTIMISER, EARLY_STOPPING -> OTHER;
        };
    }
}
