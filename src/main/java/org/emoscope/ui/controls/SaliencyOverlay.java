package org.emoscope.ui.controls;

import java.util.Arrays;

/**
 * Gradient saliency per input value ({@code [band][frame]}, input × gradient) as a translucent image to lay over
 * the spectrogram: one pixel per frame and band, lowest band in the bottom row as the spectrogram's; the colours
 * of the {@link SaliencyTrack} (for the predicted emotion / against it), opacity growing with the square root of
 * the magnitude up to the clip's {@link #FULL_PERCENTILE}th percentile of magnitudes, so that the many middling
 * values show and not only the few largest. Stateless; meant to run off the FX thread.
 */
public final class SaliencyOverlay {
    static final int FOR_RGB = 0x2a9d8f;
    static final int AGAINST_RGB = 0xe76f51;
    /** Magnitudes from this percentile of the clip's up are drawn at full strength. */
    static final double FULL_PERCENTILE = 98;
    /** Full strength is this opaque, so the spectrogram still shows through. */
    private static final double MAX_ALPHA = 0.9;
    private static final int BAR_SIZE = 256;

    private SaliencyOverlay() {
    }

    /**
     * The overlay of {@code map}.
     *
     * @throws IllegalArgumentException when the map is empty or ragged
     */
    public static ArgbImage render(double[][] map) {
        if (map.length == 0 || map[0].length == 0) {
            throw new IllegalArgumentException("cannot render an empty saliency map");
        }
        int bands = map.length;
        int frames = map[0].length;
        double full = fullStrength(map);
        int[] pixels = new int[bands * frames];
        for (int band = 0; band < bands; band++) {
            if (map[band].length != frames) {
                throw new IllegalArgumentException("band " + band + " has " + map[band].length + " frames, band 0 has "
                        + frames);
            }
            int offset = (bands - 1 - band) * frames;
            for (int frame = 0; frame < frames; frame++) {
                pixels[offset + frame] = pixel(full == 0 ? 0 : map[band][frame] / full);
            }
        }
        return new ArgbImage(frames, bands, pixels);
    }

    /** The colour bar: "for" at full strength on top, nothing in the middle, "against" at the bottom. */
    static ArgbImage bar() {
        int[] pixels = new int[BAR_SIZE];
        for (int i = 0; i < BAR_SIZE; i++) {
            pixels[i] = pixel(1 - 2.0 * i / (BAR_SIZE - 1));
        }
        return new ArgbImage(1, BAR_SIZE, pixels);
    }

    /** The magnitude drawn at full strength: the {@link #FULL_PERCENTILE}th percentile of the map's magnitudes. */
    static double fullStrength(double[][] map) {
        double[] magnitudes = Arrays.stream(map).flatMapToDouble(Arrays::stream).map(Math::abs)
                .sorted().toArray();
        return magnitudes.length == 0 ? 0
                : magnitudes[(int) Math.min(magnitudes.length - 1, Math.floor(FULL_PERCENTILE / 100 * magnitudes.length))];
    }

    /** @param relative the value over the full-strength magnitude; beyond ±1 is drawn as ±1 */
    private static int pixel(double relative) {
        int alpha = (int) Math.round(255 * MAX_ALPHA * Math.sqrt(Math.min(1, Math.abs(relative))));
        return alpha << 24 | (relative >= 0 ? FOR_RGB : AGAINST_RGB);
    }
}
