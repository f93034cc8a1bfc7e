package org.emoscope.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/** Jackson's parse errors in words for a user: where in the file, and what, without its internals. */
public final class JsonProblems {
    /** Jackson's own pointers into its input ("[Source: REDACTED …; line: 1, column: 1]"), which {@link #describe} replaces. */
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker at )?\\[Source: [^\\]]*\\]\\)?");

    private JsonProblems() {
    }

    /** e.g. {@code "line 3, column 7: Unexpected end-of-input: expected close marker for Object"}. */
    public static String describe(JsonProcessingException e) {
        String what = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll("").strip();
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? what : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " + what;
    }
}
