package org.emoscope.ui.controls;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/** Encodes an {@link ArgbImage} as PNG. Stateless; slow for large images, so call it off the FX thread. */
public final class PngImages {
    private PngImages() {
    }

    public static void write(ArgbImage image, OutputStream out) throws IOException {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, image.width(), image.height(), image.pixels(), 0, image.width());
        if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }
}
