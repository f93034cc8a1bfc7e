package org.emoscope.ui.controls;

/**
 * Turns a {@code [rows][columns]} matrix (e.g. log-Mel bands by frames) into an {@link ArgbImage}
 * with one pixel per cell. Row 0 is drawn at the bottom, so low frequencies sit low as on every
 * spectrogram. Values map linearly from [min, max] onto the colormap and are clamped outside it.
 * Stateless; meant to run on a background thread.
 */
public final class HeatmapRenderer {
    private HeatmapRenderer() {
    }

    public static ArgbImage render(float[][] matrix, double min, double max, Colormap colormap) {
        if (matrix.length == 0 || matrix[0].length == 0) {
            throw new IllegalArgumentException("cannot render an empty matrix");
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("colour range must have max > min, got " + min + " .. " + max);
        }
        int rows = matrix.length;
        int columns = matrix[0].length;
        double scale = 1.0 / (max - min);
        int[] pixels = new int[rows * columns];
        for (int row = 0; row < rows; row++) {
            if (matrix[row].length != columns) {
                throw new IllegalArgumentException("row " + row + " has " + matrix[row].length
                        + " columns, row 0 has " + columns);
            }
            int offset = (rows - 1 - row) * columns;
            for (int column = 0; column < columns; column++) {
                pixels[offset + column] = colormap.argbAt((matrix[row][column] - min) * scale);
            }
        }
        return new ArgbImage(columns, rows, pixels);
    }
}
