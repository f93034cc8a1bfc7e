package org.emoscope.model;

/**
 * Maps the network's attention steps back to audio time, so attention weights can be drawn under a
 * waveform or spectrogram.
 *
 * <p>Step {@code i} sees input frames {@code i .. i + receptiveFrames - 1} (the unpadded convolutions'
 * receptive field: 5 frames for kernels 3/1/3). Frame {@code f} is a centred STFT window (librosa
 * {@code center=True}) covering samples {@code f*hop - nFft/2 .. f*hop + nFft/2}. Spans are clamped to
 * {@code [0, clipSeconds]}; steps that fall into padding beyond the clip collapse to an empty span at its
 * end. Immutable and thread-safe.
 */
public final class AttentionTimeMap {
    /** A stretch of audio in seconds, {@code startSeconds <= endSeconds}. */
    public record Span(double startSeconds, double endSeconds) {
        public double durationSeconds() {
            return endSeconds - startSeconds;
        }
    }

    private final int sampleRate;
    private final int hopLength;
    private final int fftSize;
    private final int receptiveFrames;

    public AttentionTimeMap(int sampleRate, int hopLength, int fftSize, int receptiveFrames) {
        if (sampleRate <= 0 || hopLength <= 0 || fftSize <= 0 || receptiveFrames <= 0) {
            throw new IllegalArgumentException("Sample rate, hop, FFT size and receptive field must be positive, got "
                    + sampleRate + ", " + hopLength + ", " + fftSize + ", " + receptiveFrames);
        }
        this.sampleRate = sampleRate;
        this.hopLength = hopLength;
        this.fftSize = fftSize;
        this.receptiveFrames = receptiveFrames;
    }

    public int firstFrame(int step) {
        requireNonNegative(step, "step");
        return step;
    }

    public int lastFrame(int step) {
        return firstFrame(step) + receptiveFrames - 1;
    }

    /** The audio that frame {@code frame}'s window covers, clamped to the clip. */
    public Span frameSpan(int frame, double clipSeconds) {
        requireNonNegative(frame, "frame");
        return clamp(windowStart(frame), windowEnd(frame), clipSeconds);
    }

    /** The audio that attention step {@code step} depends on, clamped to the clip. */
    public Span stepSpan(int step, double clipSeconds) {
        return clamp(windowStart(firstFrame(step)), windowEnd(lastFrame(step)), clipSeconds);
    }

    private double windowStart(int frame) {
        return ((long) frame * hopLength - fftSize / 2.0) / sampleRate;
    }

    private double windowEnd(int frame) {
        return ((long) frame * hopLength + fftSize / 2.0) / sampleRate;
    }

    private static Span clamp(double start, double end, double clipSeconds) {
        if (!(clipSeconds >= 0)) {
            throw new IllegalArgumentException("Clip duration must be non-negative, got " + clipSeconds);
        }
        double clampedStart = Math.min(Math.max(start, 0), clipSeconds);
        double clampedEnd = Math.min(Math.max(end, clampedStart), clipSeconds);
        return new Span(clampedStart, clampedEnd);
    }

    private static void requireNonNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be non-negative, got " + value);
        }
    }
}
