package org.emoscope.audio;

import java.nio.ByteBuffer;

/**
 * Turns interleaved little-endian frames into mono floats the way librosa does: integer PCM
 * scaled by 2^-(bits-1) (8-bit unsigned: (x - 128) / 128), channels averaged.
 */
final class SampleConverter {
    private static final float SCALE_8 = 1f / 128;
    private static final float SCALE_16 = 1f / 32_768;
    private static final float SCALE_24 = 1f / 8_388_608;
    private static final double SCALE_32 = 1.0 / 2_147_483_648.0;

    private final SampleEncoding encoding;
    private final int bits;
    private final int channels;

    SampleConverter(AudioInfo info) {
        this.encoding = info.encoding();
        this.bits = info.bitsPerSample();
        this.channels = info.channels();
    }

    /**
     * Converts all whole frames in {@code frames} (positioned at the first, little-endian) into
     * {@code out} from index {@code outOffset}; returns the number of frames converted.
     */
    int convert(ByteBuffer frames, float[] out, int outOffset) {
        int frameBytes = channels * (bits / 8);
        int count = frames.remaining() / frameBytes;
        int base = frames.position();
        for (int f = 0; f < count; f++) {
            int at = base + f * frameBytes;
            float sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += sample(frames, at + c * (bits / 8));
            }
            out[outOffset + f] = channels == 1 ? sum : sum / channels;
        }
        return count;
    }

    private float sample(ByteBuffer buffer, int at) {
        if (encoding == SampleEncoding.IEEE_FLOAT) {
            return bits == 32 ? buffer.getFloat(at) : (float) buffer.getDouble(at);
        }
        switch (bits) {
            case 8:
                return ((buffer.get(at) & 0xFF) - 128) * SCALE_8;
            case 16:
                return buffer.getShort(at) * SCALE_16;
            case 24:
                int value = (buffer.get(at) & 0xFF) | (buffer.get(at + 1) & 0xFF) << 8
                        | buffer.get(at + 2) << 16;
                return value * SCALE_24;
            default:
                return (float) (buffer.getInt(at) * SCALE_32);
        }
    }
}
