package org.emoscope.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the learning rate moves over a fold's training steps. */
public enum LearningRateSchedule {
    /** The configured rate at every step, as in the paper. */
    CONSTANT,
    /**
     * A linear rise from near 0 to the configured rate over the warm-up epochs, then a half cosine down to 0 at
     * the last step: the early steps cannot throw the net into a collapsed state, and the last epochs settle,
     * so the last epoch is a good model to keep.
     */
    WARMUP_COSINE;

    /** The name used in JSON and on the command line, e.g. {@code "warmup-cosine"}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The rate of training step {@code step} (0-based) of {@code totalSteps}.
     *
     * @param warmupSteps steps of linear warm-up (ignored by {@link #CONSTANT})
     */
    public double rate(double baseRate, long step, long totalSteps, long warmupSteps) {
        if (this == CONSTANT) {
            return baseRate;
        }
        if (step < warmupSteps) {
            return baseRate * (step + 1) / warmupSteps;
        }
        long decaySteps = Math.max(1, totalSteps - warmupSteps);
        double progress = Math.min(1.0, (double) (step - warmupSteps) / decaySteps);
        return baseRate * 0.5 * (1 + Math.cos(Math.PI * progress));
    }

    /**
     * The schedule with the given {@link #label()}, ignoring case, blanks and '_' for '-'.
     *
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    @JsonCreator
    public static LearningRateSchedule fromLabel(String label) {
        return EnumLabels.parse(values(), LearningRateSchedule::label, label, "learning-rate schedule");
    }
}
