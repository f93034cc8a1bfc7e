package org.emoscope.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An annotator's judgement of one test prediction of a run. {@link #label()} is the form written to files. */
public enum Verdict {
    MODEL_WRONG("model wrong"),
    LABEL_WRONG("label wrong"),
    AMBIGUOUS("ambiguous"),
    FINE("fine");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The lower-case words used in {@code audit.csv} and shown to users, e.g. {@code "model wrong"}. */
    public String label() {
        return label;
    }

    /**
     * The verdict with the given label, ignoring case, surrounding blanks, and '_' for ' '.
     *
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    public static Verdict fromLabel(String text) {
        String wanted = text.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        for (Verdict verdict : values()) {
            if (verdict.label.equals(wanted)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("unknown verdict \"" + text + "\"; expected one of "
                + Arrays.stream(values()).map(Verdict::label).collect(Collectors.joining(", ")));
    }
}
