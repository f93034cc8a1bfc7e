package org.emoscope.corpus;

import java.util.Locale;

/** The spoken language of a corpus. */
public enum Language {
    EN, DE;

    /** The ISO 639-1 code, e.g. {@code "en"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
