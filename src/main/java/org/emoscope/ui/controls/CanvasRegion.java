package org.emoscope.ui.controls;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.TextAlignment;

/**
 * A region painted on one canvas that always fills it: a resize resizes the canvas and repaints.
 * Subclasses add the canvas to their children and paint in {@link #redraw()}. FX thread only.
 */
abstract class CanvasRegion extends Region {
    protected final Canvas canvas = new Canvas();

    /** Paints the whole canvas at its current size. */
    protected abstract void redraw();

    /**
     * Writes {@code text} turned a quarter left (reading bottom to top), centred on {@code (x, centreY)}, as
     * the title of a vertical axis; uses the context's font, fill and text baseline, and leaves them as they were.
     */
    protected static void fillVerticalTitle(GraphicsContext gc, String text, double x, double centreY) {
        gc.save();
        gc.translate(x, centreY);
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(text, 0, 0);
        gc.restore();
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }
}
