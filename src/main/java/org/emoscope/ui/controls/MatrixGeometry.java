package org.emoscope.ui.controls;

import java.util.Optional;

/**
 * Where the cells of an n × n matrix lie on screen: square cells of side {@code cell}, row 0 at the
 * top and column 0 at the left, starting at ({@code left}, {@code top}). Immutable.
 */
record MatrixGeometry(int classes, double left, double top, double cell) {

    /** The cell under a point, if any. */
    Optional<MatrixCell> cellAt(double x, double y) {
        if (cell <= 0 || x < left || y < top) {
            return Optional.empty();
        }
        int column = (int) ((x - left) / cell);
        int row = (int) ((y - top) / cell);
        return row < classes && column < classes ? Optional.of(new MatrixCell(row, column)) : Optional.empty();
    }

    double x(int column) {
        return left + column * cell;
    }

    double y(int row) {
        return top + row * cell;
    }

    double width() {
        return classes * cell;
    }
}
