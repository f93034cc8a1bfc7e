package org.emoscope.features;

import java.util.Locale;

/** How each triangular mel filter is scaled (librosa's {@code norm} argument of {@code filters.mel}). */
public enum MelNorm {
    /** Each triangle scaled by {@code 2 / (f[i+2] - f[i])}, so its area over frequency in Hz is 1. */
    SLANEY,
    /** Triangles of peak height 1. */
    NONE;

    /**
     * Parses the spelling used on command lines and in librosa ({@code "slaney"}, {@code "none"}),
     * ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static MelNorm parse(String text) {
        for (MelNorm norm : values()) {
            if (norm.name().equalsIgnoreCase(text.trim())) {
                return norm;
            }
        }
        throw new IllegalArgumentException("unknown mel filter norm '" + text + "' (expected slaney or none)");
    }

    /** The lower-case name, as librosa spells it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
