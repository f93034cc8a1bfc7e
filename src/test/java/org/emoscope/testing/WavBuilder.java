package org.emoscope.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
    private Integer fmtChunkSize;
    private Integer blockAlign;
    private final List<byte[]> chunksBeforeFmt = new ArrayList<>();
    private final List<byte[]> chunksBeforeData = new ArrayList<>();

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
    /** Writes only the first {@code size} bytes of the fmt chunk body (and declares that size). */
    public WavBuilder fmtChunkSize(int size) { this.fmtChunkSize = size; return this; }
    /** Declares a block align other than channels times bytes per sample. */
    public WavBuilder blockAlign(int bytes) { this.blockAlign = bytes; return this; }
    /** Adds a chunk (e.g. "JUNK", "LIST") before the fmt chunk, with its pad byte when odd-sized. */
    public WavBuilder chunkBeforeFmt(String id, byte[] body) { chunksBeforeFmt.add(chunk(id, body)); return this; }
    /** Adds a chunk (e.g. "LIST", "fact") between the fmt and data chunks, padded when odd-sized. */
    public WavBuilder chunkBeforeData(String id, byte[] body) { chunksBeforeData.add(chunk(id, body)); return this; }

    /** Adds an odd-sized chunk before the data chunk without the pad byte RIFF asks for, as some writers do. */
    public WavBuilder unpaddedChunkBeforeData(String id, byte[] body) {
        chunksBeforeData.add(java.util.Arrays.copyOf(chunk(id, body), 8 + body.length));
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        chunksBeforeFmt.forEach(body::writeBytes);
        if (writeFmt) {
            int align = blockAlign != null ? blockAlign : channels * ((bitsPerSample + 7) / 8);
            int fmtSize = extensible ? 40 : 16;
            ByteBuffer fmt = le(8 + fmtSize);
            fmt.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(fmtSize);
            fmt.putShort((short) (extensible ? 0xFFFE : formatTag)).putShort((short) channels)
                    .putInt(sampleRate).putInt(sampleRate * align)
                    .putShort((short) align).putShort((short) bitsPerSample);
            if (extensible) {
                fmt.putShort((short) 22).putShort((short) bitsPerSample).putInt(0);
                // SubFormat GUID: the format tag followed by the fixed KSDATAFORMAT suffix.
                fmt.putShort((short) formatTag).put(new byte[] {0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
                        (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71});
            }
            if (fmtChunkSize == null) {
                body.writeBytes(fmt.array());
            } else {
                fmt.putInt(4, fmtChunkSize);
                body.write(fmt.array(), 0, 8 + fmtChunkSize);
                if (fmtChunkSize % 2 == 1) {
                    body.write(0);
                }
            }
        }
        chunksBeforeData.forEach(body::writeBytes);
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

    private static byte[] chunk(String id, byte[] body) {
        ByteBuffer chunk = le(8 + body.length + body.length % 2);
        chunk.put(id.getBytes(StandardCharsets.US_ASCII)).putInt(body.length).put(body);
        return chunk.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
