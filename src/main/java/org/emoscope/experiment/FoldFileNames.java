package org.emoscope.experiment;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Turns fold ids into file-name parts and back, losslessly: letters, digits, {@code -} and {@code .}
 * stay, {@code :} becomes {@code _} ({@code "savee:DC"} → {@code "savee_DC"}), and every other
 * character, {@code _} and {@code ~} included, becomes {@code ~XX} per UTF-8 byte. The result is
 * safe on Windows, macOS and Linux. Ids differing only in letter case map to names that collide on
 * case-insensitive file systems; corpus speaker ids do not. Stateless and thread-safe.
 */
public final class FoldFileNames {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private FoldFileNames() {
    }

    /** The file-name form of a non-empty fold id. */
    public static String encode(String foldId) {
        if (foldId.isEmpty()) {
            throw new IllegalArgumentException("a fold id must not be empty");
        }
        StringBuilder name = new StringBuilder(foldId.length());
        for (byte b : foldId.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (isKept(c)) {
                name.append(c);
            } else if (c == ':') {
                name.append('_');
            } else {
                name.append('~').append(HEX.toHexDigits(b));
            }
        }
        return name.toString();
    }

    /**
     * The fold id of a name made by {@link #encode}.
     *
     * @throws IllegalArgumentException when the name was not made by {@link #encode}
     */
    public static String decode(String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_') {
                bytes.write(':');
            } else if (c == '~' && isHex(name, i + 1)) {
                bytes.write(HexFormat.fromHexDigits(name, i + 1, i + 3));
                i += 2;
            } else if (isKept(c)) {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("not an encoded fold id: \"" + name + "\" (at index " + i + ")");
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isKept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }

    private static boolean isHex(String name, int from) {
        return from + 2 <= name.length()
                && HexFormat.isHexDigit(name.charAt(from)) && HexFormat.isHexDigit(name.charAt(from + 1));
    }
}
