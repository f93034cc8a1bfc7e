package org.emoscope.corpus;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The emotional speech corpora Emoscope reads, each with its language. */
public enum CorpusKind {
    /** Surrey Audio-Visual Expressed Emotion: four male British English speakers. */
    SAVEE("savee", "SAVEE", Language.EN),
    /** Berlin Database of Emotional Speech: ten German speakers. */
    EMODB("emodb", "EMO-DB", Language.DE);

    private final String id;
    private final String displayName;
    private final Language language;

    CorpusKind(String id, String displayName, Language language) {
        this.id = id;
        this.displayName = displayName;
        this.language = language;
    }

    /** The lower-case id used in JSON, files and speaker keys, e.g. {@code "savee"}. */
    public String id() {
        return id;
    }

    /** The corpus's usual written name, e.g. {@code "EMO-DB"}. */
    public String displayName() {
        return displayName;
    }

    public Language language() {
        return language;
    }

    /**
     * The corpus with the given {@link #id()}.
     *
     * @throws IllegalArgumentException naming the id and the valid ones
     */
    public static CorpusKind fromId(String id) {
        for (CorpusKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown corpus '" + id + "'; expected one of "
                + Arrays.stream(values()).map(CorpusKind::id).collect(Collectors.joining(", ")));
    }
}
