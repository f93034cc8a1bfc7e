package org.emoscope.audio;

import org.emoscope.io.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes mono 16-bit PCM WAV files, atomically (temp file + move). Stateless and thread-safe. */
public final class WavWriter {
    private static final int HEADER_BYTES = 44;

    private WavWriter() {
    }

    /** Writes {@code samples} (nominally in [-1, 1], clipped beyond) as 16-bit PCM. */
    public static void writePcm16(Path file, float[] samples, int sampleRate) throws IOException {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive: " + sampleRate);
        }
        int dataBytes = samples.length * 2;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        buffer.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        buffer.put(ascii("data")).putInt(dataBytes);
        for (float sample : samples) {
            float clipped = Math.max(-1f, Math.min(1f, sample));
            buffer.putShort((short) Math.min(Short.MAX_VALUE, Math.round(clipped * 32768f)));
        }
        AtomicFiles.write(file, buffer.array());
    }

    private static byte[] ascii(String tag) {
        return tag.getBytes(StandardCharsets.US_ASCII);
    }
}
