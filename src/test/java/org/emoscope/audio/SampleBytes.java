package org.emoscope.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Little-endian sample data in each encoding, for building test WAVs. */
final class SampleBytes {
    private SampleBytes() {
    }

    static byte[] unsigned8(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] signed16(int... values) {
        ByteBuffer buffer = le(values.length * 2);
        for (int v : values) {
            buffer.putShort((short) v);
        }
        return buffer.array();
    }

    static byte[] signed24(int... values) {
        ByteBuffer buffer = le(values.length * 3);
        for (int v : values) {
            buffer.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
        }
        return buffer.array();
    }

    static byte[] signed32(int... values) {
        ByteBuffer buffer = le(values.length * 4);
        for (int v : values) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    static byte[] float32(float... values) {
        ByteBuffer buffer = le(values.length * 4);
        for (float v : values) {
            buffer.putFloat(v);
        }
        return buffer.array();
    }

    static byte[] float64(double... values) {
        ByteBuffer buffer = le(values.length * 8);
        for (double v : values) {
            buffer.putDouble(v);
        }
        return buffer.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
