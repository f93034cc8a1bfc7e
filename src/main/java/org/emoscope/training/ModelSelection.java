package org.emoscope.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the epoch whose weights are kept is chosen; every result is labelled with it. */
public enum ModelSelection {
    /**
     * The epoch with the best UA on validation clips of target-corpus speakers that are neither
     * tested nor trained on in the fold. An honest estimate of performance on an unseen speaker.
     */
    VALIDATION,
    /**
     * The paper's protocol: the epoch with the best UA on the test speaker itself. Optimistic,
     * because the test clips choose the model; report such numbers only as "test-oracle".
     */
    TEST_ORACLE,
    /**
     * The last epoch trained: nothing is selected, so no speaker is set aside for validation and the test
     * speaker's per-epoch scores are recorded only to show how far the last epoch is from the best one. Pairs
     * with a decaying learning rate.
     */
    LAST_EPOCH;

    /** Whether the fold's validation clips are its test clips (no validation speaker is set aside). */
    public boolean validatesOnTest() {
        return this != VALIDATION;
    }

    /** The lower-case name used in JSON, e.g. {@code "test_oracle"}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The policy with the given {@link #label()}, ignoring case, surrounding blanks and '-' for '_'.
     *
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    @JsonCreator
    public static ModelSelection fromLabel(String label) {
        return EnumLabels.parse(values(), ModelSelection::label, label, "model selection");
    }
}
