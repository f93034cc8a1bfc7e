package org.emoscope.ui.controls;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Transform;
import org.emoscope.evaluation.ConfusionMatrix;

/**
 * A confusion matrix as a heatmap: true classes down the rows, predicted classes across the
 * columns, each cell coloured on the viridis scale by the value it shows (counts scaled to the
 * largest cell, or the cell's share of its row) with the value written in it, and a colour bar.
 * Hovering a cell shows its count and row percentage; clicking it (or moving with the arrow keys)
 * selects it.
 *
 * <p>Drawn on a {@link Canvas} on the FX thread rather than rendered into an ARGB array off-thread
 * like the spectrogram: the matrix has at most a few dozen cells, each needing a number and an
 * outline on top of its colour, so drawing it is cheaper than handing an image between threads.
 * FX thread only.
 */
public final class ConfusionMatrixView extends CanvasRegion {
    private static final Font LABEL_FONT = Font.font(12);
    private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 12);
    private static final Color LABEL_COLOUR = Color.web("#333");
    private static final Color SELECTED_COLOUR = Color.web("#ff3d7f");
    private static final double PAD = 6;
    private static final double TITLE_SIZE = 18;
    private static final double BAR_GAP = 14;
    private static final double BAR_WIDTH = 12;
    private static final double BAR_LABELS = 44;
    private static final double MAX_CELL_WIDTH = 96;
    private static final double MAX_CELL_HEIGHT = 64;
    private static final double SLANT = 40;

    private final ObjectProperty<ConfusionMatrix> matrix = new SimpleObjectProperty<>(this, "matrix");
    private final ObjectProperty<MatrixValues> values =
            new SimpleObjectProperty<>(this, "values", MatrixValues.COUNTS);
    private final ObjectProperty<MatrixCell> selectedCell = new SimpleObjectProperty<>(this, "selectedCell");
    private static final int TITLE_BAND_HEIGHT = 28;
    /** While a picture is taken: no selection or hover outline. */
    private boolean forPicture;
    private final ReadOnlyObjectWrapper<MatrixCell> hoveredCell = new ReadOnlyObjectWrapper<>(this, "hoveredCell");
    private final Tooltip tooltip = new Tooltip();
    private final Colormap colormap = Colormap.viridis();
    private final Text probe = new Text();
    private MatrixGeometry geometry;
    private boolean slantedLabels;

    public ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix-view");
        getChildren().add(canvas);
        setFocusTraversable(true);
        probe.setFont(LABEL_FONT);
        matrix.addListener((obs, old, now) -> {
            if (selectedCell.get() != null && (now == null || !selectedCell.get().isInside(now.classCount()))) {
                selectedCell.set(null);
            }
            redraw();
        });
        values.addListener((obs, old, now) -> redraw());
        selectedCell.addListener((obs, old, now) -> redraw());
        hoveredCell.addListener((obs, old, now) -> {
            redraw();
            updateTooltip();
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, event -> hoveredCell.set(cellAt(event).orElse(null)));
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hoveredCell.set(null));
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            requestFocus();
            if (event.getButton() == MouseButton.PRIMARY) {
                cellAt(event).ifPresent(selectedCell::set);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::moveSelection);
    }

    /** The matrix shown; null shows an empty state. */
    public ObjectProperty<ConfusionMatrix> matrixProperty() {
        return matrix;
    }

    /** Whether the cells show counts or row percentages. */
    public ObjectProperty<MatrixValues> valuesProperty() {
        return values;
    }

    /** The cell the user clicked; null when none. Cleared when the matrix changes size. */
    public ObjectProperty<MatrixCell> selectedCellProperty() {
        return selectedCell;
    }

    /** The cell under the mouse; null when none. */
    public ReadOnlyObjectProperty<MatrixCell> hoveredCellProperty() {
        return hoveredCell.getReadOnlyProperty();
    }

    /**
     * The matrix for saving as a picture: {@code scale} times its size on a white background, under
     * {@code title} (what it shows: run, folds, counts or row %), without the selection and hover
     * outlines, which mark the screen's state, not the result.
     */
    public ArgbImage toImage(double scale, String title) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(scale, scale));
        forPicture = true;
        redraw();
        WritableImage matrixImage;
        try {
            matrixImage = snapshot(parameters, null);
        } finally {
            forPicture = false;
            redraw();
        }
        Canvas band = new Canvas(Math.max(1, getWidth()), TITLE_BAND_HEIGHT);
        GraphicsContext gc = band.getGraphicsContext2D();
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, band.getWidth(), band.getHeight());
        gc.setFill(Color.BLACK);
        gc.setFont(Font.font(LABEL_FONT.getFamily(), FontWeight.BOLD, LABEL_FONT.getSize() + 1));
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(title, 8, TITLE_BAND_HEIGHT / 2.0, band.getWidth() - 16);
        WritableImage titleImage = band.snapshot(parameters, null);
        return stacked(titleImage, matrixImage);
    }

    private static ArgbImage stacked(WritableImage top, WritableImage bottom) {
        int width = (int) Math.max(top.getWidth(), bottom.getWidth());
        int topHeight = (int) top.getHeight();
        int height = topHeight + (int) bottom.getHeight();
        int[] pixels = new int[width * height];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        top.getPixelReader().getPixels(0, 0, (int) top.getWidth(), topHeight, PixelFormat.getIntArgbInstance(),
                pixels, 0, width);
        bottom.getPixelReader().getPixels(0, 0, (int) bottom.getWidth(), (int) bottom.getHeight(),
                PixelFormat.getIntArgbInstance(), pixels, topHeight * width, width);
        return new ArgbImage(width, height, pixels);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 520;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    private Optional<MatrixCell> cellAt(MouseEvent event) {
        return geometry == null ? Optional.empty() : geometry.cellAt(event.getX(), event.getY());
    }

    private void moveSelection(KeyEvent event) {
        ConfusionMatrix shown = matrix.get();
        if (shown == null) {
            return;
        }
        MatrixCell current = selectedCell.get() == null ? new MatrixCell(0, 0) : selectedCell.get();
        int row = current.trueClass();
        int column = current.predictedClass();
        switch (event.getCode()) {
            case UP -> row--;
            case DOWN -> row++;
            case LEFT -> column--;
            case RIGHT -> column++;
            default -> {
                return;
            }
        }
        int last = shown.classCount() - 1;
        selectedCell.set(selectedCell.get() == null ? current
                : new MatrixCell(Math.max(0, Math.min(last, row)), Math.max(0, Math.min(last, column))));
        event.consume();
    }

    private void updateTooltip() {
        MatrixCell cell = hoveredCell.get();
        if (cell == null || matrix.get() == null) {
            tooltip.hide();
            return;
        }
        tooltip.setText(cell.describe(matrix.get()));
        double x = geometry.x(cell.predictedClass()) + geometry.cellWidth();
        double y = geometry.y(cell.trueClass()) + geometry.cellHeight();
        Point2D screen = localToScreen(x, y);
        if (screen != null) {
            tooltip.show(this, screen.getX() + 4, screen.getY() + 4);
        }
    }

    @Override
    protected void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        gc.clearRect(0, 0, width, height);
        ConfusionMatrix shown = matrix.get();
        if (shown == null || width <= 0 || height <= 0) {
            geometry = null;
            gc.setFill(LABEL_COLOUR);
            gc.setFont(LABEL_FONT);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText("No predictions to show", width / 2, height / 2);
            return;
        }
        geometry = layout(shown, width, height);
        if (geometry.cellHeight() < 8) {
            return;
        }
        double[][] shares = values.get() == MatrixValues.ROW_PERCENT ? shown.rowNormalised() : null;
        double max = maxCount(shown);
        drawCells(gc, shown, shares, max);
        drawLabels(gc, shown);
        drawColourBar(gc, shares == null ? max : 100);
    }

    /**
     * Cell size and origin: row labels left, column labels above, the colour bar right, and cells
     * filling the rest, centred, at most about twice as wide as high. Column labels stand level when
     * neighbours do not collide, else slanted, which takes more room above the grid.
     */
    private MatrixGeometry layout(ConfusionMatrix shown, double width, double height) {
        MatrixGeometry level = layout(shown, width, height, false);
        if (levelLabelsFit(shown.labels(), level.cellWidth())) {
            slantedLabels = false;
            return level;
        }
        slantedLabels = true;
        return layout(shown, width, height, true);
    }

    private MatrixGeometry layout(ConfusionMatrix shown, double width, double height, boolean slanted) {
        int n = shown.classCount();
        double left = PAD + TITLE_SIZE + maxLabelWidth(shown.labels()) + PAD;
        double available = width - left - BAR_GAP - BAR_WIDTH - BAR_LABELS;
        double top = TITLE_SIZE + (slanted ? maxLabelWidth(shown.labels()) * Math.sin(Math.toRadians(SLANT)) + 12 : 18);
        double cellHeight = Math.min(MAX_CELL_HEIGHT, (height - top - PAD) / n);
        double cellWidth = Math.min(Math.min(MAX_CELL_WIDTH, available / n), 2.2 * cellHeight);
        cellHeight = Math.floor(Math.max(0, Math.min(cellHeight, cellWidth)));
        cellWidth = Math.floor(Math.max(0, cellWidth));
        double centred = left + Math.max(0, (available - n * cellWidth) / 2);
        return new MatrixGeometry(n, centred, top, cellWidth, cellHeight);
    }

    /** Whether each column label, centred over its column, clears its neighbours. */
    private boolean levelLabelsFit(List<String> labels, double cellWidth) {
        double previous = 0;
        for (int i = 0; i < labels.size(); i++) {
            probe.setText(labels.get(i));
            double labelWidth = probe.getLayoutBounds().getWidth();
            if (labelWidth > 2 * cellWidth - 8 || (i > 0 && (previous + labelWidth) / 2 + 6 > cellWidth)) {
                return false;
            }
            previous = labelWidth;
        }
        return true;
    }

    private void drawCells(GraphicsContext gc, ConfusionMatrix shown, double[][] shares, double max) {
        int n = shown.classCount();
        double cellWidth = geometry.cellWidth();
        double cellHeight = geometry.cellHeight();
        double fontSize = Math.max(9, Math.min(14, Math.min(cellWidth * 0.3, cellHeight * 0.4)));
        gc.setFont(Font.font(null, FontWeight.BOLD, fontSize));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < n; t++) {
            boolean emptyRow = shown.support(t) == 0;
            for (int p = 0; p < n; p++) {
                double x = geometry.x(p);
                double y = geometry.y(t);
                long count = shown.count(t, p);
                double fraction = shares != null ? shares[t][p] : max > 0 ? count / max : 0;
                Color fill = shares != null && emptyRow ? Color.web("#e4e4e4") : colour(fraction);
                gc.setFill(fill);
                gc.fillRect(x, y, cellWidth, cellHeight);
                gc.setFill(luminance(fill) > 0.45 ? Color.BLACK : Color.WHITE);
                // One style per mode: counts as integers, row percent always with one decimal.
                String text = shares == null ? Long.toString(count)
                        : emptyRow ? "–" : String.format(Locale.ROOT, "%.1f", 100 * shares[t][p]);
                gc.fillText(text, x + cellWidth / 2, y + cellHeight / 2);
            }
        }
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1);
        for (int i = 0; i <= n; i++) {
            gc.strokeLine(geometry.x(i), geometry.y(0), geometry.x(i), geometry.y(n));
            gc.strokeLine(geometry.x(0), geometry.y(i), geometry.x(n), geometry.y(i));
        }
        MatrixCell hovered = forPicture ? null : hoveredCell.get();
        if (hovered != null && hovered.isInside(n)) {
            gc.setStroke(Color.color(0, 0, 0, 0.55));
            gc.setLineWidth(2);
            gc.strokeRect(geometry.x(hovered.predictedClass()) + 1, geometry.y(hovered.trueClass()) + 1,
                    cellWidth - 2, cellHeight - 2);
        }
        MatrixCell selected = forPicture ? null : selectedCell.get();
        if (selected != null && selected.isInside(n)) {
            gc.setStroke(SELECTED_COLOUR);
            gc.setLineWidth(3);
            gc.strokeRect(geometry.x(selected.predictedClass()) + 1.5, geometry.y(selected.trueClass()) + 1.5,
                    cellWidth - 3, cellHeight - 3);
        }
    }

    private void drawLabels(GraphicsContext gc, ConfusionMatrix shown) {
        List<String> labels = shown.labels();
        int n = labels.size();
        gc.setFill(LABEL_COLOUR);
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < n; t++) {
            gc.fillText(labels.get(t), geometry.left() - PAD, geometry.y(t) + geometry.cellHeight() / 2);
        }
        for (int p = 0; p < n; p++) {
            double x = geometry.x(p) + geometry.cellWidth() / 2;
            double y = geometry.top() - 4;
            if (slantedLabels) {
                gc.save();
                gc.translate(x, y);
                gc.rotate(-SLANT);
                gc.setTextAlign(TextAlignment.LEFT);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(labels.get(p), 2, 0);
                gc.restore();
            } else {
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setTextBaseline(VPos.BOTTOM);
                gc.fillText(labels.get(p), x, y);
            }
        }
        gc.setFont(TITLE_FONT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText("Predicted", geometry.left() + geometry.width() / 2, 2);
        fillVerticalTitle(gc, "True", PAD, geometry.top() + geometry.height() / 2);
    }

    private void drawColourBar(GraphicsContext gc, double max) {
        double x = geometry.left() + geometry.width() + BAR_GAP;
        double top = geometry.top();
        double height = geometry.height();
        int steps = (int) Math.max(1, height);
        for (int i = 0; i < steps; i++) {
            gc.setFill(colour(1 - (i + 0.5) / steps));
            gc.fillRect(x, top + i * height / steps, BAR_WIDTH, height / steps + 1);
        }
        gc.setStroke(Color.web("#888"));
        gc.setLineWidth(1);
        gc.strokeRect(x, top, BAR_WIDTH, height);
        gc.setFill(LABEL_COLOUR);
        gc.setFont(LABEL_FONT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        boolean percent = values.get() == MatrixValues.ROW_PERCENT;
        gc.fillText(percent ? "100 %" : format(max), x + BAR_WIDTH + 4, top + 6);
        gc.fillText(percent ? "50 %" : format(max / 2), x + BAR_WIDTH + 4, top + height / 2);
        gc.fillText(percent ? "0 %" : "0", x + BAR_WIDTH + 4, top + height - 6);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private Color colour(double fraction) {
        int argb = colormap.argbAt(fraction);
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF);
    }

    /** Relative luminance, to write dark text on light cells and light text on dark ones. */
    private static double luminance(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }

    private static double maxCount(ConfusionMatrix shown) {
        long max = 0;
        for (int t = 0; t < shown.classCount(); t++) {
            for (int p = 0; p < shown.classCount(); p++) {
                max = Math.max(max, shown.count(t, p));
            }
        }
        return max;
    }

    private double maxLabelWidth(List<String> labels) {
        double max = 0;
        for (String label : labels) {
            probe.setText(label);
            max = Math.max(max, probe.getLayoutBounds().getWidth());
        }
        return max;
    }
}
