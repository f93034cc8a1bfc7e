package org.emoscope.ui.controls;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A self-attention head as a square heatmap ({@link SelfAttentionImage}): queries down the left in
 * seconds (0 s at the top), keys along the bottom in seconds, a colour bar of the weights on the
 * right. Hovering reports the cell under the mouse in {@link #hoverTextProperty()}. Without a map it
 * shows a message. The image arrives rendered off the FX thread and is copied in with one
 * {@code setPixels}. FX thread only.
 */
public final class SelfAttentionView extends CanvasRegion {
    private static final double LEFT = 76;
    private static final double TOP = 8;
    private static final double BOTTOM = 40;
    private static final double BAR_GAP = 12;
    private static final double RIGHT = BAR_GAP + ColourBar.WIDTH + 56;
    private static final double MIN_TICK_SPACING = 56;
    private static final Font FONT = Font.font(11);
    private static final Color LABEL_COLOUR = Color.web("#444");

    private final ReadOnlyStringWrapper hoverText = new ReadOnlyStringWrapper("");
    private final ColourBar colourBar = new ColourBar(Colormap.viridis());
    private SelfAttentionImage map;
    private WritableImage image;
    private String message = "";

    public SelfAttentionView() {
        getStyleClass().add("self-attention-view");
        getChildren().add(canvas);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, event -> hoverText.set(""));
    }

    public void setMap(SelfAttentionImage map) {
        this.map = map;
        image = FxImages.of(map.image());
        message = "";
        redraw();
    }

    /** Shows {@code message} instead of a map. */
    public void showMessage(String message) {
        this.map = null;
        this.image = null;
        this.message = message;
        hoverText.set("");
        redraw();
    }

    /** "query 0.41 s (step 14) → key 0.62 s (step 22): 0.081" for the cell under the mouse; empty elsewhere. */
    public ReadOnlyStringProperty hoverTextProperty() {
        return hoverText.getReadOnlyProperty();
    }

    /** The side of the square plot that fits. */
    private double side() {
        return Math.max(0, Math.min(getWidth() - LEFT - RIGHT, getHeight() - TOP - BOTTOM));
    }

    @Override
    protected void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setFont(FONT);
        gc.setFill(LABEL_COLOUR);
        gc.setStroke(LABEL_COLOUR);
        gc.setLineWidth(1);
        double side = side();
        if (map == null || side < 20) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(message, canvas.getWidth() / 2, canvas.getHeight() / 2);
            return;
        }
        // Cells stay crisp blocks: smoothing would blur a 25 ms step into its neighbours.
        gc.setImageSmoothing(false);
        gc.drawImage(image, LEFT, TOP, side, side);
        gc.strokeRect(LEFT - 0.5, TOP - 0.5, side + 1, side + 1);
        double extent = map.extentSeconds();
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.CENTER);
        for (Tick tick : AxisTicks.time(0, extent, side, MIN_TICK_SPACING)) {
            double x = Math.floor(LEFT + tick.value() / extent * side) + 0.5;
            gc.strokeLine(x, TOP + side, x, TOP + side + 4);
            gc.fillText(tick.label(), x, TOP + side + 6);
        }
        gc.fillText("key: the moment attended to", LEFT + side / 2, TOP + side + 22);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (Tick tick : AxisTicks.time(0, extent, side, MIN_TICK_SPACING / 2)) {
            double y = Math.floor(TOP + tick.value() / extent * side) + 0.5;
            gc.strokeLine(LEFT - 4, y, LEFT, y);
            gc.fillText(tick.label(), LEFT - 6, y);
        }
        fillVerticalTitle(gc, "query: the moment attending", 12, TOP + side / 2);
        colourBar.draw(gc, LEFT + side + BAR_GAP, TOP, side, LABEL_COLOUR,
                String.format(Locale.ROOT, "%.3f", map.maxWeight()), "weight", "0");
    }

    private void hover(MouseEvent event) {
        double side = side();
        if (map == null || side < 20) {
            return;
        }
        double keySeconds = (event.getX() - LEFT) / side * map.extentSeconds();
        double querySeconds = (event.getY() - TOP) / side * map.extentSeconds();
        Optional<SelfAttentionImage.Entry> entry = map.at(querySeconds, keySeconds);
        hoverText.set(entry.map(e -> String.format(Locale.ROOT, "query %.2f s (step %d) → key %.2f s (step %d): %.4f",
                querySeconds, e.queryStep(), keySeconds, e.keyStep(), e.weight())).orElse(""));
    }

    /** Its width follows its height, so the square plot has no blank margin beside it. */
    @Override
    public Orientation getContentBias() {
        return Orientation.VERTICAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return LEFT + RIGHT + (height > 0 ? Math.max(60, height - TOP - BOTTOM) : 300);
    }

    @Override
    protected double computePrefHeight(double width) {
        return TOP + BOTTOM + 300;
    }

    @Override
    protected double computeMinWidth(double height) {
        return LEFT + RIGHT + 60;
    }

    @Override
    protected double computeMinHeight(double width) {
        return TOP + BOTTOM + 60;
    }
}
