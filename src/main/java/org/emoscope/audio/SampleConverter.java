package org.emoscope.audio;

import java.nio.ByteBuffer;

/**
 * Turns interleaved little-endian frames into mono floats the way librosa does: integer PCM
 * scaled by 2^-(bits-1) (8-bit unsigned: (x - 128) / 128), channels averaged.
 *
 * <p>Samples are copied out in bulk through typed views and scaled in plain array loops, which
 * the JIT vectorizes; per-sample buffer calls are several times slower. Holds scratch arrays, so
 * one instance serves one decode on one thread.
 */
final class SampleConverter {
    private static final float SCALE_8 = 1f / 128;
    private static final float SCALE_16 = 1f / 32_768;
    private static final float SCALE_24 = 1f / 8_388_608;
    private static final double SCALE_32 = 1.0 / 2_147_483_648.0;

    private final SampleEncoding encoding;
    private final int bytesPerSample;
    private final int channels;
    private float[] interleaved = new float[0];
    private short[] shorts = new short[0];
    private int[] ints = new int[0];
    private double[] doubles = new double[0];

    SampleConverter(AudioInfo info) {
        this.encoding = info.encoding();
        this.bytesPerSample = info.bitsPerSample() / 8;
        this.channels = info.channels();
    }

    /**
     * Converts all whole frames in {@code frames} (a little-endian heap buffer, from its
     * position) into {@code out} from index {@code outOffset}; returns the number of frames.
     */
    int convert(ByteBuffer frames, float[] out, int outOffset) {
        int count = frames.remaining() / (channels * bytesPerSample);
        int values = count * channels;
        if (channels == 1) {
            toFloats(frames, values, out, outOffset);
            return count;
        }
        if (interleaved.length < values) {
            interleaved = new float[values];
        }
        toFloats(frames, values, interleaved, 0);
        if (channels == 2) {
            for (int f = 0; f < count; f++) {
                out[outOffset + f] = (interleaved[2 * f] + interleaved[2 * f + 1]) * 0.5f; // exact: / 2
            }
            return count;
        }
        for (int f = 0, v = 0; f < count; f++) {
            float sum = 0;
            for (int c = 0; c < channels; c++, v++) {
                sum += interleaved[v];
            }
            out[outOffset + f] = sum / channels; // numpy's mean
        }
        return count;
    }

    private void toFloats(ByteBuffer frames, int values, float[] dst, int at) {
        if (encoding == SampleEncoding.IEEE_FLOAT) {
            if (bytesPerSample == 4) {
                frames.asFloatBuffer().get(dst, at, values);
            } else {
                doubles = fit(doubles, values);
                frames.asDoubleBuffer().get(doubles, 0, values);
                for (int i = 0; i < values; i++) {
                    dst[at + i] = (float) doubles[i];
                }
            }
            return;
        }
        switch (bytesPerSample) {
            case 1 -> {
                byte[] bytes = frames.array();
                int from = frames.arrayOffset() + frames.position();
                for (int i = 0; i < values; i++) {
                    dst[at + i] = ((bytes[from + i] & 0xFF) - 128) * SCALE_8;
                }
            }
            case 2 -> {
                shorts = fit(shorts, values);
                frames.asShortBuffer().get(shorts, 0, values);
                for (int i = 0; i < values; i++) {
                    dst[at + i] = shorts[i] * SCALE_16;
                }
            }
            case 3 -> {
                byte[] bytes = frames.array();
                int from = frames.arrayOffset() + frames.position();
                for (int i = 0, b = from; i < values; i++, b += 3) {
                    int x = (bytes[b] & 0xFF) | (bytes[b + 1] & 0xFF) << 8 | bytes[b + 2] << 16;
                    dst[at + i] = x * SCALE_24;
                }
            }
            default -> {
                ints = fit(ints, values);
                frames.asIntBuffer().get(ints, 0, values);
                for (int i = 0; i < values; i++) {
                    dst[at + i] = (float) (ints[i] * SCALE_32);
                }
            }
        }
    }

    private static short[] fit(short[] array, int length) {
        return array.length >= length ? array : new short[length];
    }

    private static int[] fit(int[] array, int length) {
        return array.length >= length ? array : new int[length];
    }

    private static double[] fit(double[] array, int length) {
        return array.length >= length ? array : new double[length];
    }
}
