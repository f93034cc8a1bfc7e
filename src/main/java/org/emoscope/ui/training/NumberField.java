package org.emoscope.ui.training;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A number of the training form, typed as text and, for some, also moved with a slider: {@link #text()}
 * and {@link #value()} follow each other. Text that is not a number leaves the value as it was and
 * says so in {@link #problem()}; whether the number is in range is the configuration's to judge
 * ({@link org.emoscope.training.TrainingConfig#validate()}). FX thread (or one thread in tests).
 */
public final class NumberField {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
    /** Slider positions are shown to four significant digits, enough for γ, θ and fractions. */
    private static final MathContext SHOWN = new MathContext(4);

    private final String name;
    private final boolean whole;
    private final StringProperty text = new SimpleStringProperty("");
    private final DoubleProperty value = new SimpleDoubleProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean syncing;

    private NumberField(String name, boolean whole) {
        this.name = name;
        this.whole = whole;
        text.addListener((obs, old, now) -> parse(now));
        value.addListener((obs, old, now) -> {
            if (!syncing) {
                syncing = true;
                text.set(format(now.doubleValue()));
                syncing = false;
            }
        });
    }

    /** A field for a decimal number such as γ or the learning rate. */
    public static NumberField decimal(String name, double initial) {
        NumberField field = new NumberField(name, false);
        field.set(initial);
        return field;
    }

    /** A field for a whole number such as the epochs or the seed. */
    public static NumberField whole(String name, long initial) {
        NumberField field = new NumberField(name, true);
        field.text.set(Long.toString(initial));
        return field;
    }

    /** The text as typed; setting it moves {@link #value()} when it is a number. */
    public StringProperty text() {
        return text;
    }

    /** The number, for a slider; moving it rewrites {@link #text()}. */
    public DoubleProperty value() {
        return value;
    }

    /** Why the text is not a number, naming the field; empty when it is one. */
    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    /** Sets the number, rewriting the text. */
    public void set(double number) {
        text.set(format(number));
    }

    /** The number as a whole number (exact, for seeds beyond what a double holds). */
    public long wholeValue() {
        return whole && isValid() ? Long.parseLong(text.get().strip()) : Math.round(value.get());
    }

    private void parse(String typed) {
        String stripped = typed == null ? "" : typed.strip();
        if (!(whole ? WHOLE : DECIMAL).matcher(stripped).matches()) {
            problem.set(name + ": '" + stripped + "' is not a " + (whole ? "whole number" : "number (use a dot for decimals)"));
            return;
        }
        problem.set("");
        if (!syncing) {
            syncing = true;
            value.set(Double.parseDouble(stripped));
            syncing = false;
        }
    }

    private String format(double number) {
        if (whole) {
            return Long.toString(Math.round(number));
        }
        if (!Double.isFinite(number)) {
            return Double.toString(number);
        }
        return BigDecimal.valueOf(number).round(SHOWN).stripTrailingZeros().toPlainString();
    }
}
