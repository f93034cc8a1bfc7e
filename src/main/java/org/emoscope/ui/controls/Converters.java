package org.emoscope.ui.controls;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice controls: how a choice reads, and, for an editable one, how typed text becomes a choice. */
public final class Converters {
    private Converters() {
    }

    /**
     * Shows a choice with {@code label} (null reads as empty) and reads typed text with {@code parse}; a null
     * {@code parse} is for choices that are picked, never typed.
     */
    public static <T> StringConverter<T> labels(Function<T, String> label, Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return parse == null ? null : parse.apply(text);
            }
        };
    }

    /** {@link #labels(Function, Function)} for choices that are picked, never typed. */
    public static <T> StringConverter<T> labels(Function<T, String> label) {
        return labels(label, null);
    }
}
