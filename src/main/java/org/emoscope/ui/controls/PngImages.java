package org.emoscope.ui.controls;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Encodes {@link ArgbImage}s as PNG files. Stateless; meant to run on a background thread. */
public final class PngImages {
    private PngImages() {
    }

    /** The image as the bytes of a PNG file, with its alpha channel. */
    public static byte[] encode(ArgbImage image) throws IOException {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, image.width(), image.height(), image.pixels(), 0, image.width());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(buffered, "png", bytes)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        return bytes.toByteArray();
    }
}
