package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngImagesTest {
    @Test
    void thePngHoldsTheSamePixels() throws IOException {
        int[] pixels = {0xFF000000, 0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF, 0xFF123456};
        ByteArrayOutputStream png = new ByteArrayOutputStream();

        PngImages.write(new ArgbImage(3, 2, pixels), png);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        assertThat(read.getRGB(0, 0, 3, 2, null, 0, 3)).containsExactly(pixels);
    }
}
