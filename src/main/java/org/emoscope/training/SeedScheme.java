package org.emoscope.training;

import java.nio.charset.StandardCharsets;

/**
 * How a fold's random streams (initial weights, dropout masks, clip order, batches) are keyed within a run's seed.
 * A run records its scheme ({@code environment.json}'s {@code seedScheme}) so that resuming it continues the same
 * streams.
 */
public enum SeedScheme {
    /**
     * Runs before version 2: by the fold's position in the plan, so {@code --held-out emodb:08} trained another
     * net than fold emodb:08 of a full leave-one-speaker-out run with the same seed.
     */
    FOLD_POSITION(1),
    /**
     * By the fold's identity (its held-out speakers, {@link Fold#id()}): a fold trains the same wherever it lies in
     * the plan, so a grid of single-fold runs equals one full run.
     */
    FOLD_IDENTITY(2);

    /** What new runs use. */
    public static final SeedScheme CURRENT = FOLD_IDENTITY;

    private final int version;

    SeedScheme(int version) {
        this.version = version;
    }

    public int version() {
        return version;
    }

    /** The scheme of {@code version}; 0 (a run file from before schemes were recorded) is {@link #FOLD_POSITION}. */
    public static SeedScheme of(int version) {
        for (SeedScheme scheme : values()) {
            if (scheme.version == version) {
                return scheme;
            }
        }
        if (version == 0) {
            return FOLD_POSITION;
        }
        throw new IllegalArgumentException("unknown seed scheme " + version + "; this Emoscope knows 1 and 2");
    }

    /** The number that keys {@code fold}'s streams. */
    long foldKey(Fold fold) {
        return switch (this) {
            case FOLD_POSITION -> fold.index();
            case FOLD_IDENTITY -> fnv1a(fold.id());
        };
    }

    /** 64-bit FNV-1a of the text's UTF-8 bytes: the same in every JVM and version, which {@link String#hashCode()} does not promise. */
    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
