package org.emoscope.ui.controls;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** Moves pixels between {@link ArgbImage}s and JavaFX images. FX thread only. */
public final class FxImages {
    private FxImages() {
    }

    /** {@code pixels} as a JavaFX image, copied with one {@code setPixels}. */
    public static WritableImage of(ArgbImage pixels) {
        WritableImage image = new WritableImage(pixels.width(), pixels.height());
        image.getPixelWriter().setPixels(0, 0, pixels.width(), pixels.height(),
                PixelFormat.getIntArgbInstance(), pixels.pixels(), 0, pixels.width());
        return image;
    }

    /** The pixels of {@code image} (e.g. a snapshot), so they can be encoded off the FX thread. */
    public static ArgbImage argb(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new ArgbImage(width, height, pixels);
    }
}
