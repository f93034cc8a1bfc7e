package org.emoscope.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Which statistics standardise each Mel band of a clip before it enters the network. Every result is
 * labelled with the choice, because it changes what a figure means.
 */
public enum Normalisation {
    /**
     * One mean and standard deviation per band, fitted on the fold's training clips and applied to every
     * clip: nothing about the test speaker is used. The paper's (and Emoscope 0.1's) choice.
     */
    TRAINING_FOLD,
    /**
     * Each speaker's clips standardised with that speaker's own band statistics; for the test speaker those
     * are fitted on its unlabelled audio. Transductive (the test speaker's audio, never its labels, shapes
     * its input), common in SER; removes much of the speaker's voice and channel colouring.
     */
    PER_SPEAKER,
    /** Each clip standardised with its own band statistics: needs nothing but the clip itself. */
    PER_UTTERANCE;

    /** The name used in JSON and on the command line, e.g. {@code "per-speaker"}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the test speaker's (unlabelled) audio is used to prepare its own clips. */
    public boolean transductive() {
        return this == PER_SPEAKER;
    }

    /** The label with what a reader must know, e.g. "per-speaker (transductive: ...)". */
    public String description() {
        return switch (this) {
            case TRAINING_FOLD -> "training-fold statistics";
            case PER_SPEAKER -> "per-speaker statistics (transductive: the test speaker's unlabelled audio is used)";
            case PER_UTTERANCE -> "per-utterance statistics";
        };
    }

    /**
     * The choice with the given {@link #label()}, ignoring case, surrounding blanks and '_' for '-'.
     *
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    @JsonCreator
    public static Normalisation fromLabel(String label) {
        return EnumLabels.parse(values(), Normalisation::label, label, "normalisation");
    }
}
