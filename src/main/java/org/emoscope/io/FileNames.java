package org.emoscope.io;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** File names as they are shown to a user: always on one line, whatever characters they hold. */
public final class FileNames {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private FileNames() {
    }

    /**
     * {@code name} with every control character written as an escape ({@code \n}, {@code \t},
     * {@code \u001b}…), so a newline in a file name cannot split the line that reports it.
     */
    public static String printable(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isISOControl(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? name : out.toString();
    }

    /**
     * A moment as the names of kept copies carry it, in UTC and without characters a file system
     * refuses: {@code 20261202T132836Z}.
     */
    public static String stamp(Instant moment) {
        return STAMP.format(moment);
    }

    /** {@link #printable(String)} of a path. */
    public static String printable(Path path) {
        return printable(path.toString());
    }
}
