package org.emoscope.ui.corpus;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Speaker;

/**
 * A speaker the browser can filter by: the speaker of any open corpus ({@code corpusRoot} null), or,
 * where two open corpora are of one kind and so share speaker ids, the speaker of one corpus folder.
 */
public record SpeakerChoice(Speaker speaker, Path corpusRoot) implements Comparable<SpeakerChoice> {
    private static final Comparator<SpeakerChoice> ORDER = Comparator.comparing(SpeakerChoice::speaker)
            .thenComparing(choice -> choice.corpusRoot() == null ? "" : choice.corpusRoot().toString());

    public SpeakerChoice {
        Objects.requireNonNull(speaker, "speaker");
    }

    /** A speaker of whichever corpus. */
    public static SpeakerChoice of(Speaker speaker) {
        return new SpeakerChoice(speaker, null);
    }

    boolean matches(Clip clip) {
        return clip.speaker().equals(speaker) && (corpusRoot == null || clip.corpusRoot().equals(corpusRoot));
    }

    @Override
    public int compareTo(SpeakerChoice other) {
        return ORDER.compare(this, other);
    }
}
