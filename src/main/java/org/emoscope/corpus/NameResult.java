package org.emoscope.corpus;

/** The outcome of reading a clip's name: what it says, or why it is not a clip name. */
sealed interface NameResult {
    record Accepted(ClipName name) implements NameResult {
    }

    record Rejected(String reason) implements NameResult {
    }
}
