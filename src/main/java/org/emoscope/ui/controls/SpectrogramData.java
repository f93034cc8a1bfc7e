package org.emoscope.ui.controls;

/**
 * A rendered log-Mel spectrogram and what its axes mean.
 *
 * @param image        one pixel per frame and band, lowest band in the bottom row
 * @param frameSeconds seconds between frames; frame {@code f} is centred at {@code f · frameSeconds}
 * @param minDb        the level drawn with the colormap's first colour
 * @param maxDb        the level drawn with its last colour
 * @param fminHz       frequency at the bottom edge
 * @param fmaxHz       frequency at the top edge
 * @param htk          whether the bands follow the HTK mel scale rather than Slaney's
 */
public record SpectrogramData(ArgbImage image, double frameSeconds, double minDb, double maxDb,
                              double fminHz, double fmaxHz, boolean htk) {
    public int frames() {
        return image.width();
    }
}
