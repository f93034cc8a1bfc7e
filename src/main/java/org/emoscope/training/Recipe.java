package org.emoscope.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A named set of training choices, applied to a configuration in one switch ({@code --recipe}). The
 * network's sizes (preset), loss weights, corpora and seed are not part of a recipe.
 */
public enum Recipe {
    /**
     * Emoscope's recipe, measured on the EMO-DB copy (docs/results.md): the input sized to the
     * data, padding masked out, per-speaker statistics (transductive), RMSProp with warm-up, cosine decay and
     * gradient clipping, and the last epoch kept.
     */
    DEFAULT,
    /**
     * Fu et al. as published: 256 frames, padding as input, training-fold statistics, constant RMSProp
     * 1e-3, batch 64, 300 epochs, no clipping; the epoch is chosen on one validation speaker.
     */
    PAPER;

    /** The name used in JSON and on the command line, e.g. {@code "paper"}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Sets every choice this recipe fixes on {@code builder} and records the recipe. */
    TrainingConfig.Builder applyTo(TrainingConfig.Builder builder) {
        builder.recipeLabel(this).optimiser(TrainingConfig.RMSPROP).earlyStoppingPatience(0);
        return switch (this) {
            case DEFAULT -> builder.maxFrames(TrainingConfig.AUTO_FRAMES).maskPadding(true)
                    .normalisation(Normalisation.PER_SPEAKER)
                    .learningRateSchedule(LearningRateSchedule.WARMUP_COSINE).warmupEpochs(2)
                    .gradientClipNorm(5.0).learningRate(0.001).batchSize(32).epochs(40)
                    .modelSelection(ModelSelection.LAST_EPOCH).validationSpeakers(1);
            case PAPER -> builder.maxFrames(TrainingConfig.PAPER_FRAMES).maskPadding(false)
                    .normalisation(Normalisation.TRAINING_FOLD)
                    .learningRateSchedule(LearningRateSchedule.CONSTANT).warmupEpochs(0)
                    .gradientClipNorm(0).learningRate(TrainingConfig.DEFAULT_LEARNING_RATE)
                    .batchSize(TrainingConfig.DEFAULT_BATCH_SIZE).epochs(TrainingConfig.DEFAULT_EPOCHS)
                    .modelSelection(ModelSelection.VALIDATION).validationSpeakers(1);
        };
    }

    /**
     * The recipe with the given {@link #label()}, ignoring case and blanks.
     *
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    @JsonCreator
    public static Recipe fromLabel(String label) {
        return EnumLabels.parse(values(), Recipe::label, label, "recipe");
    }
}
