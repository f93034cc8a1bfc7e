package org.emoscope.ui.training;

import java.util.List;
import java.util.Map;

/**
 * The fields of the training form that a problem can be shown next to. Problems of the core's
 * {@link org.emoscope.training.TrainingConfig#validate()} name the configuration field they concern
 * first; {@link #of(String)} reads that name.
 */
public enum FormField {
    TARGET, HELD_OUT, ADDED_CORPORA, GAMMA, THETA, SIZES, FRAMES, EPOCHS, BATCH_SIZE, LEARNING_RATE, SCHEDULE,
    DROPOUT, SEED, MODEL_SELECTION, RUN_NAME,
    /** Problems that belong to no field of the form; they appear only in the list. */
    OTHER;

    /** Configuration field names, none a prefix of another. */
    private static final Map<String, FormField> BY_CONFIG_NAME = Map.ofEntries(
            Map.entry("targetCorpus", TARGET), Map.entry("heldOutSpeakers", HELD_OUT),
            Map.entry("addedCorpora", ADDED_CORPORA), Map.entry("gamma", GAMMA), Map.entry("theta", THETA),
            Map.entry("architecture", SIZES), Map.entry("maxFrames", FRAMES), Map.entry("epochs", EPOCHS),
            Map.entry("batchSize", BATCH_SIZE), Map.entry("learningRate", LEARNING_RATE),
            Map.entry("warmupEpochs", SCHEDULE), Map.entry("gradientClipNorm", SCHEDULE),
            Map.entry("validationSpeakers", MODEL_SELECTION));

    /** The fields a problem sentence of {@code TrainingConfig.validate()} is about. */
    static List<FormField> of(String problem) {
        if (problem.startsWith("gamma and theta")) {
            return List.of(GAMMA, THETA);
        }
        if (problem.startsWith("architecture: dropout")) {
            return List.of(DROPOUT);
        }
        for (Map.Entry<String, FormField> named : BY_CONFIG_NAME.entrySet()) {
            if (problem.startsWith(named.getKey())) {
                return List.of(named.getValue());
            }
        }
        return List.of(OTHER);
    }
}
