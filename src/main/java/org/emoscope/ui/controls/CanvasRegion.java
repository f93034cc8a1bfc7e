package org.emoscope.ui.controls;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A region painted on one canvas that always fills it: a resize resizes the canvas and repaints.
 * Subclasses add the canvas to their children and paint in {@link #redraw()}. FX thread only.
 */
abstract class CanvasRegion extends Region {
    protected final Canvas canvas = new Canvas();

    /** Paints the whole canvas at its current size. */
    protected abstract void redraw();

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
