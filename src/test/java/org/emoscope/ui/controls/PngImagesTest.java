package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngImagesTest {
    @Test
    void encodesEveryPixelWithItsAlpha() throws IOException {
        int[] pixels = {0xFF440154, 0x80FDE725, 0xFFFFFFFF, 0x00000000, 0xFF21918C, 0xFF000000};

        byte[] png = PngImages.encode(new ArgbImage(3, 2, pixels));

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(decoded.getWidth()).isEqualTo(3);
        assertThat(decoded.getHeight()).isEqualTo(2);
        assertThat(decoded.getRGB(0, 0, 3, 2, null, 0, 3)).containsExactly(pixels);
    }
}
