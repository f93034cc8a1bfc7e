package org.emoscope.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one emotion label set shared by all corpora. Each corpus uses a subset (SAVEE has no boredom,
 * EMO-DB no surprise). {@link #label()} is the form written to JSON and files.
 */
public enum Emotion {
    ANGER, BOREDOM, DISGUST, FEAR, HAPPINESS, NEUTRAL, SADNESS, SURPRISE;

    /** The lower-case name used in JSON and files, e.g. {@code "anger"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The emotion with the given label, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    public static Emotion fromLabel(String label) {
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        for (Emotion emotion : values()) {
            if (emotion.label().equals(wanted)) {
                return emotion;
            }
        }
        throw new IllegalArgumentException("unknown emotion '" + label + "'; expected one of "
                + Arrays.stream(values()).map(Emotion::label).collect(Collectors.joining(", ")));
    }
}
