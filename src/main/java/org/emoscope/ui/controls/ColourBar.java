package org.emoscope.ui.controls;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/** The labelled colour bar beside a heatmap: highest value on top. FX thread only. */
final class ColourBar {
    static final double WIDTH = 12;

    private final WritableImage image;

    ColourBar(Colormap colormap) {
        this(column(colormap));
    }

    /** @param column the bar's pixels, one column, top row drawn at the top */
    ColourBar(ArgbImage column) {
        image = FxImages.of(column);
    }

    private static ArgbImage column(Colormap colormap) {
        int size = colormap.size();
        int[] pixels = new int[size];
        for (int i = 0; i < size; i++) {
            pixels[size - 1 - i] = colormap.argb(i);
        }
        return new ArgbImage(1, size, pixels);
    }

    /** Draws the bar at {@code x} from {@code top} down {@code height}, with its labels to its right. */
    void draw(GraphicsContext gc, double x, double top, double height, Color labelColour,
              String high, String middle, String low) {
        gc.setImageSmoothing(true);
        gc.drawImage(image, x, top, WIDTH, height);
        gc.setStroke(labelColour);
        gc.setLineWidth(1);
        gc.strokeRect(x - 0.5, top - 0.5, WIDTH + 1, height + 1);
        gc.setFill(labelColour);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(high, x + WIDTH + 4, top);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(low, x + WIDTH + 4, top + height);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(middle, x + WIDTH + 4, top + height / 2);
    }
}
