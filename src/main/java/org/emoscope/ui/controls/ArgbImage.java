package org.emoscope.ui.controls;

/**
 * Pixels ready for one {@code PixelWriter.setPixels} call: row-major, top row first, 0xAARRGGBB.
 * Made off the FX thread; treat the array as read-only once built.
 */
public record ArgbImage(int width, int height, int[] pixels) {
    public ArgbImage {
        if (width < 1 || height < 1 || pixels.length != width * height) {
            throw new IllegalArgumentException("an image of " + width + " x " + height + " needs "
                    + (long) width * height + " pixels, got " + pixels.length);
        }
    }

    public int pixel(int x, int y) {
        return pixels[y * width + x];
    }
}
