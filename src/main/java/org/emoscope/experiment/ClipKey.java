package org.emoscope.experiment;

import java.util.Comparator;
import java.util.Objects;
import org.emoscope.corpus.Clip;

/**
 * Identifies a clip across runs and corpora the way {@code predictions.csv} does: a path is only
 * unique within a corpus, so the speaker key (which names the corpus) is part of the identity.
 * Orders by speaker key, then path.
 *
 * @param speakerKey   e.g. {@code "emodb:03"}
 * @param relativePath the clip's path relative to its corpus root, e.g. {@code "03a01Fa.wav"}
 */
public record ClipKey(String speakerKey, String relativePath) implements Comparable<ClipKey> {
    private static final Comparator<ClipKey> ORDER =
            Comparator.comparing(ClipKey::speakerKey).thenComparing(ClipKey::relativePath);

    public ClipKey {
        Objects.requireNonNull(speakerKey, "speakerKey");
        Objects.requireNonNull(relativePath, "relativePath");
    }

    public static ClipKey of(Clip clip) {
        return new ClipKey(clip.speaker().key(), clip.relativePath());
    }

    @Override
    public int compareTo(ClipKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return speakerKey + " " + relativePath;
    }
}
