import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Emoscope's application icon: a small log-Mel spectrogram of a voiced sound (harmonics that
 * rise and fall with the intonation, in viridis, the workbench's colormap) with an attention curve
 * over it, on a rounded square. A build tool, run by installer/build.sh as a single-file program:
 * {@code java -Djava.awt.headless=true installer/EmoscopeIcon.java OUT.png [SIZE]}.
 */
public final class EmoscopeIcon {
    private static final int COLUMNS = 16;
    private static final int ROWS = 12;

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: EmoscopeIcon OUT.png [SIZE]");
            System.exit(2);
        }
        int size = args.length == 2 ? Integer.parseInt(args[1]) : 256;
        ImageIO.write(draw(size), "png", new File(args[0]));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        Shape tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x2B1646), 0, 248, new Color(0x120A1F)));
        g.fill(tile);
        g.setClip(tile);

        // The spectrogram: cells brightest along three harmonics of a rising-then-falling pitch.
        double left = 36;
        double top = 44;
        double cell = 184.0 / COLUMNS;
        double rowHeight = 132.0 / ROWS;
        for (int column = 0; column < COLUMNS; column++) {
            double t = (column + 0.5) / COLUMNS;
            double pitch = 1.5 + 1.6 * Math.sin(Math.PI * t);   // in rows, from the bottom
            double loudness = 0.55 + 0.45 * Math.sin(Math.PI * Math.min(1, t * 1.25));
            for (int row = 0; row < ROWS; row++) {
                double height = row + 0.5;
                double energy = 0;
                for (int harmonic = 1; harmonic <= 3; harmonic++) {
                    double distance = (height - harmonic * pitch) / 0.75;
                    energy += Math.exp(-distance * distance) / harmonic;
                }
                double level = Math.min(1, 0.04 + 1.15 * loudness * energy);
                g.setColor(viridis(level));
                double x = left + column * cell;
                double y = top + (ROWS - 1 - row) * rowHeight;
                g.fill(new RoundRectangle2D.Double(x + 1, y + 1, cell - 2, rowHeight - 2, 3, 3));
            }
        }

        // The attention read-out: one curve below the spectrogram, peaking where the voice is loudest.
        Path2D attention = new Path2D.Double();
        for (int step = 0; step <= 64; step++) {
            double t = step / 64.0;
            double weight = Math.exp(-Math.pow((t - 0.42) / 0.13, 2)) + 0.45 * Math.exp(-Math.pow((t - 0.78) / 0.08, 2));
            double x = left + t * 184;
            double y = 222 - 34 * weight;
            if (step == 0) {
                attention.moveTo(x, y);
            } else {
                attention.lineTo(x, y);
            }
        }
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xFF9F1C));
        g.draw(attention);

        g.setClip(null);
        g.setStroke(new BasicStroke(3));
        g.setColor(new Color(255, 255, 255, 40));
        g.draw(new RoundRectangle2D.Double(9.5, 9.5, 237, 237, 54, 54));
        g.dispose();
        return image;
    }

    /** A few stops of matplotlib's viridis, interpolated linearly (enough for an icon). */
    private static Color viridis(double level) {
        int[] stops = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};
        double position = level * (stops.length - 1);
        int index = Math.min(stops.length - 2, (int) position);
        double fraction = position - index;
        int from = stops[index];
        int to = stops[index + 1];
        return new Color(mix(from >> 16, to >> 16, fraction), mix(from >> 8, to >> 8, fraction), mix(from, to, fraction));
    }

    private static int mix(int from, int to, double fraction) {
        return (int) Math.round((from & 0xFF) + ((to & 0xFF) - (from & 0xFF)) * fraction);
    }
}
