package org.emoscope.corpus;

import java.util.Comparator;
import java.util.Objects;

/**
 * One speaker of one corpus. Speaker ids are only unique within a corpus, so the corpus is part of
 * the identity; {@link #key()} ({@code "savee:DC"}, {@code "emodb:03"}) is the form used in JSON
 * and files and is read back by {@link #parse(String)}. Orders by corpus, then id.
 *
 * @param corpus the corpus the speaker recorded
 * @param id     the corpus's own speaker id, e.g. {@code "DC"} or {@code "03"}
 */
public record Speaker(CorpusKind corpus, String id) implements Comparable<Speaker> {
    private static final Comparator<Speaker> ORDER =
            Comparator.comparing(Speaker::corpus).thenComparing(Speaker::id);

    public Speaker {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.contains(":") || !id.strip().equals(id)) {
            throw new IllegalArgumentException("invalid speaker id '" + id
                    + "': must be non-empty, without ':' or surrounding blanks");
        }
    }

    /** {@code "<corpus id>:<speaker id>"}, e.g. {@code "savee:DC"}. */
    public String key() {
        return corpus.id() + ":" + id;
    }

    /**
     * Reads a {@link #key()} back.
     *
     * @throws IllegalArgumentException when the key is not {@code corpus:id} with a known corpus
     */
    public static Speaker parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("invalid speaker key '" + key
                    + "': expected <corpus>:<speaker>, e.g. savee:DC");
        }
        return new Speaker(CorpusKind.fromId(key.substring(0, colon)), key.substring(colon + 1));
    }

    @Override
    public int compareTo(Speaker other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return key();
    }
}
