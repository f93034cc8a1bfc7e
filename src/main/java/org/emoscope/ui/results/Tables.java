package org.emoscope.ui.results;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Columns for the results tables. FX thread only. */
final class Tables {
    private Tables() {
    }

    /** Room for a header of this many characters: a squeezed table scrolls rather than cut "Predi…". */
    private static final double PIXELS_PER_HEADER_CHARACTER = 7.5;
    private static final double HEADER_PADDING = 16;
    /** "100.0 %" whole. */
    private static final double PERCENT_WIDTH = 62;

    static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        keepHeaderWhole(column);
        return column;
    }

    private static void keepHeaderWhole(TableColumn<?, ?> column) {
        column.setMinWidth(HEADER_PADDING + PIXELS_PER_HEADER_CHARACTER * column.getText().length());
    }

    /** A right-aligned number column that sorts by value and shows it with {@code format}. */
    static <T> TableColumn<T, Double> number(String title, ToDoubleFunction<T> value, Function<Double, String> format) {
        TableColumn<T, Double> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(cell.getValue())));
        keepHeaderWhole(column);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        // NaN (no score yet) sorts below every score.
        column.setComparator((a, b) -> Double.compare(a.isNaN() ? Double.NEGATIVE_INFINITY : a,
                b.isNaN() ? Double.NEGATIVE_INFINITY : b));
        return column;
    }

    static <T> TableColumn<T, Double> percent(String title, ToDoubleFunction<T> value) {
        TableColumn<T, Double> column = number(title, value, Percent::of);
        column.setMinWidth(Math.max(column.getMinWidth(), PERCENT_WIDTH));
        return column;
    }

    /** A text column of percentages, possibly "mean ± sd %": wide enough for "100.0 ± 10.0 %". */
    static <T> TableColumn<T, String> percentText(String title, Function<T, String> value) {
        TableColumn<T, String> column = text(title, value);
        column.setMinWidth(Math.max(column.getMinWidth(), 2 * PERCENT_WIDTH));
        return column;
    }

    static <T> TableColumn<T, Double> count(String title, ToDoubleFunction<T> value) {
        return number(title, value, v -> v.isNaN() ? Percent.NONE : Long.toString(v.longValue()));
    }
}
