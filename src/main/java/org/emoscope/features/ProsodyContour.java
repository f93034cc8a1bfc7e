package org.emoscope.features;

import java.util.Arrays;

/**
 * A clip's pitch and loudness over time, one frame every {@code hopSeconds}: frame {@code i} describes the audio
 * around {@code i · hopSeconds} (its window is centred there), so the contour shares the spectrogram's and the
 * attention strip's time axis in seconds.
 *
 * @param hopSeconds seconds between frames
 * @param f0Hz       fundamental frequency per frame in Hz, {@code NaN} where the frame is unvoiced
 * @param energyDb   short-time RMS level per frame in dB relative to full scale (a full-scale sine is −3 dB),
 *                   at least {@link ProsodyTracker#FLOOR_DB}
 */
public record ProsodyContour(double hopSeconds, float[] f0Hz, float[] energyDb) {
    public ProsodyContour {
        if (!(hopSeconds > 0)) {
            throw new IllegalArgumentException("hop must be positive: " + hopSeconds);
        }
        if (f0Hz.length != energyDb.length) {
            throw new IllegalArgumentException("need one energy per pitch frame: " + f0Hz.length + " pitch frames, "
                    + energyDb.length + " energy frames");
        }
    }

    public int frames() {
        return f0Hz.length;
    }

    /** The centre of frame {@code frame} in seconds. */
    public double seconds(int frame) {
        return frame * hopSeconds;
    }

    public boolean voiced(int frame) {
        return !Float.isNaN(f0Hz[frame]);
    }

    /** The share of frames that are voiced, 0 for an empty contour. */
    public double voicedShare() {
        long voiced = 0;
        for (int frame = 0; frame < frames(); frame++) {
            voiced += voiced(frame) ? 1 : 0;
        }
        return frames() == 0 ? 0 : voiced / (double) frames();
    }

    /** The median F0 of the voiced frames in Hz, {@code NaN} when none is voiced. */
    public double medianF0() {
        float[] voiced = voicedF0();
        if (voiced.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(voiced);
        int middle = voiced.length / 2;
        return voiced.length % 2 == 1 ? voiced[middle] : (voiced[middle - 1] + voiced[middle]) / 2.0;
    }

    /** The lowest and highest voiced F0 in Hz, {@code {NaN, NaN}} when none is voiced. */
    public double[] f0Range() {
        float[] voiced = voicedF0();
        if (voiced.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Arrays.sort(voiced);
        return new double[] {voiced[0], voiced[voiced.length - 1]};
    }

    private float[] voicedF0() {
        float[] voiced = new float[frames()];
        int count = 0;
        for (float f0 : f0Hz) {
            if (!Float.isNaN(f0)) {
                voiced[count++] = f0;
            }
        }
        return Arrays.copyOf(voiced, count);
    }
}
