package org.emoscope.training;

import java.util.function.Consumer;

/**
 * Cuts a stream of audio into sliding windows: it keeps the last {@code windowSeconds} of samples and, every
 * {@code hopSeconds} of audio received, hands on a copy of what it holds (shorter than a window while the stream
 * is young), and at {@link #finish} once more for the audio since. Blocks of any size may arrive. Not thread-safe:
 * feed it from one thread.
 */
public final class LiveWindows {
    /**
     * One window.
     *
     * @param endSeconds where it ends, in seconds of stream since the start
     * @param samples    its audio, the most recent last
     */
    public record Window(double endSeconds, float[] samples) {
        /** Where it starts, in seconds of stream. */
        public double startSeconds(int sampleRate) {
            return endSeconds - samples.length / (double) sampleRate;
        }
    }

    private final int sampleRate;
    private final float[] ring;
    private final int hop;
    private final Consumer<Window> consumer;
    private long received;
    private int sinceLast;

    /**
     * @throws IllegalArgumentException when the window or hop is not at least one sample, or the hop is longer
     *                                  than the window
     */
    public LiveWindows(int sampleRate, double windowSeconds, double hopSeconds, Consumer<Window> consumer) {
        int window = (int) Math.round(windowSeconds * sampleRate);
        hop = (int) Math.round(hopSeconds * sampleRate);
        if (window < 1 || hop < 1 || hop > window) {
            throw new IllegalArgumentException("a window of " + windowSeconds + " s every " + hopSeconds
                    + " s: both must be at least a sample and the step no longer than the window");
        }
        this.sampleRate = sampleRate;
        this.ring = new float[window];
        this.consumer = consumer;
    }

    /** Takes the next samples of the stream; hands on every window they complete, in order. */
    public void accept(float[] block) {
        for (float sample : block) {
            ring[(int) (received % ring.length)] = sample;
            received++;
            if (++sinceLast == hop) {
                sinceLast = 0;
                consumer.accept(new Window(received / (double) sampleRate, held()));
            }
        }
    }

    /** At the end of the stream: hands on the last window when audio arrived after the last one handed on. */
    public void finish() {
        if (sinceLast > 0) {
            sinceLast = 0;
            consumer.accept(new Window(received / (double) sampleRate, held()));
        }
    }

    private float[] held() {
        int length = (int) Math.min(received, ring.length);
        float[] window = new float[length];
        long first = received - length;
        for (int i = 0; i < length; i++) {
            window[i] = ring[(int) ((first + i) % ring.length)];
        }
        return window;
    }

    /** Seconds of audio received so far. */
    public double receivedSeconds() {
        return received / (double) sampleRate;
    }
}
