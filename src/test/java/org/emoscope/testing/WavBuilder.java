package org.emoscope.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes WAV files for tests, including deliberately broken ones: every header field can be set
 * by hand, chunks can be left out or given lying sizes.
 */
public final class WavBuilder {
    private int formatTag = 1;
    private int channels = 1;
    private int sampleRate = 16_000;
    private int bitsPerSample = 16;
    private boolean extensible;
    private byte[] data = new byte[0];
    private Integer declaredDataSize;
    private boolean writeFmt = true;
    private boolean writeData = true;

    public static WavBuilder pcm16(int sampleRate, short... samples) {
        ByteBuffer buffer = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            buffer.putShort(s);
        }
        return new WavBuilder().sampleRate(sampleRate).bitsPerSample(16).data(buffer.array());
    }

    /** A 16-bit mono sine of the given frequency, amplitude 0.5, length in samples. */
    public static WavBuilder sine(int sampleRate, double hz, int samples) {
        short[] pcm = new short[samples];
        for (int i = 0; i < samples; i++) {
            pcm[i] = (short) Math.round(0.5 * 32767 * Math.sin(2 * Math.PI * hz * i / sampleRate));
        }
        return pcm16(sampleRate, pcm);
    }

    public WavBuilder formatTag(int tag) { this.formatTag = tag; return this; }
    public WavBuilder channels(int n) { this.channels = n; return this; }
    public WavBuilder sampleRate(int hz) { this.sampleRate = hz; return this; }
    public WavBuilder bitsPerSample(int bits) { this.bitsPerSample = bits; return this; }
    public WavBuilder extensible(boolean on) { this.extensible = on; return this; }
    public WavBuilder data(byte[] bytes) { this.data = bytes.clone(); return this; }
    /** Declares a data size different from the bytes written (e.g. larger: a truncated file). */
    public WavBuilder declaredDataSize(int size) { this.declaredDataSize = size; return this; }
    public WavBuilder withoutFmt() { this.writeFmt = false; return this; }
    public WavBuilder withoutData() { this.writeData = false; return this; }

    public byte[] bytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        if (writeFmt) {
            int blockAlign = channels * ((bitsPerSample + 7) / 8);
            int fmtSize = extensible ? 40 : 16;
            ByteBuffer fmt = le(8 + fmtSize);
            fmt.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(fmtSize);
            fmt.putShort((short) (extensible ? 0xFFFE : formatTag)).putShort((short) channels)
                    .putInt(sampleRate).putInt(sampleRate * blockAlign)
                    .putShort((short) blockAlign).putShort((short) bitsPerSample);
            if (extensible) {
                fmt.putShort((short) 22).putShort((short) bitsPerSample).putInt(0);
                // SubFormat GUID: the format tag followed by the fixed KSDATAFORMAT suffix.
                fmt.putShort((short) formatTag).put(new byte[] {0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
                        (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71});
            }
            body.writeBytes(fmt.array());
        }
        if (writeData) {
            ByteBuffer header = le(8);
            header.put("data".getBytes(StandardCharsets.US_ASCII))
                    .putInt(declaredDataSize != null ? declaredDataSize : data.length);
            body.writeBytes(header.array());
            body.writeBytes(data);
            if (data.length % 2 == 1) {
                body.write(0);
            }
        }
        ByteBuffer riff = le(8);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(riff.array());
        file.writeBytes(body.toByteArray());
        return file.toByteArray();
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
