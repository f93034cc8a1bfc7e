package org.emoscope.training;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the lower-case labels this package's choices are written with in JSON and on the command line. */
final class EnumLabels {
    private EnumLabels() {
    }

    /**
     * The value whose label is {@code given}, ignoring case, surrounding blanks and the difference between '-'
     * and '_' (so {@code test-oracle} and {@code test_oracle} are the same).
     *
     * @param what names the kind of choice in the error, e.g. "normalisation"
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> label, String given, String what) {
        String wanted = canonical(given);
        for (E value : values) {
            if (canonical(label.apply(value)).equals(wanted)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + given + "'; expected one of "
                + Arrays.stream(values).map(label).collect(Collectors.joining(", ")));
    }

    private static String canonical(String label) {
        return label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
