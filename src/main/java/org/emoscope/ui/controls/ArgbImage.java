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

    /** The same image in grey (Rec. 709 luma), for colours laid over it to stand out. */
    public ArgbImage greyscale() {
        int[] grey = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int argb = pixels[i];
            int luma = (int) Math.round(0.2126 * (argb >> 16 & 0xFF) + 0.7152 * (argb >> 8 & 0xFF)
                    + 0.0722 * (argb & 0xFF));
            grey[i] = argb & 0xFF000000 | luma << 16 | luma << 8 | luma;
        }
        return new ArgbImage(width, height, grey);
    }
}
