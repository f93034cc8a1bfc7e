package org.emoscope.ui.controls;

import java.util.Optional;

/**
 * Where the cells of an n × n matrix lie on screen: cells of {@code cellWidth} × {@code cellHeight},
 * row 0 at the top and column 0 at the left, starting at ({@code left}, {@code top}). Immutable.
 */
record MatrixGeometry(int classes, double left, double top, double cellWidth, double cellHeight) {

    /** The cell under a point, if any. */
    Optional<MatrixCell> cellAt(double x, double y) {
        if (cellWidth <= 0 || cellHeight <= 0 || x < left || y < top) {
            return Optional.empty();
        }
        int column = (int) ((x - left) / cellWidth);
        int row = (int) ((y - top) / cellHeight);
        return row < classes && column < classes ? Optional.of(new MatrixCell(row, column)) : Optional.empty();
    }

    double x(int column) {
        return left + column * cellWidth;
    }

    double y(int row) {
        return top + row * cellHeight;
    }

    double width() {
        return classes * cellWidth;
    }

    double height() {
        return classes * cellHeight;
    }
}
