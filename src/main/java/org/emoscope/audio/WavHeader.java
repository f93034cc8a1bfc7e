package org.emoscope.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The parsed and validated header of a RIFF/WAVE file: the fmt chunk and where the samples lie.
 * Reading it touches only the chunk headers and the fmt chunk, never the sample data.
 *
 * @param info       what the header says, with the frames actually present
 * @param blockAlign bytes of one frame (all channels)
 * @param dataOffset file position of the first sample byte
 */
record WavHeader(AudioInfo info, int blockAlign, long dataOffset) {
    private static final int MAX_CHANNELS = 64;
    private static final long MAX_SAMPLE_RATE = 1_000_000;
    private static final long STREAMING_DATA_SIZE = 0xFFFF_FFFFL;
    private static final int MIN_FMT_SIZE = 16;
    private static final int EXTENSIBLE_FMT_SIZE = 40;

    /** Reads the header of {@code file} from {@code channel}, whose position is left undefined. */
    static WavHeader read(Path file, FileChannel channel) throws AudioFormatException, IOException {
        long fileSize = channel.size();
        ByteBuffer riff = readAt(channel, 0, 12);
        if (riff.remaining() >= 4 && tag(riff, 0).equals("RF64")) {
            throw new AudioFormatException(file, "RF64 (64-bit WAV) is not supported");
        }
        if (riff.remaining() < 4 || !tag(riff, 0).equals("RIFF")) {
            throw new AudioFormatException(file, "not a RIFF/WAVE file");
        }
        if (riff.remaining() < 12) {
            throw new AudioFormatException(file, "file ends inside its RIFF header");
        }
        if (!tag(riff, 8).equals("WAVE")) {
            throw new AudioFormatException(file, "not a RIFF/WAVE file (RIFF type " + tag(riff, 8) + ")");
        }
        ByteBuffer fmt = null;
        long dataOffset = -1;
        long dataSize = 0;
        long position = 12;
        while (position + 8 <= fileSize && (fmt == null || dataOffset < 0)) {
            ByteBuffer chunkHeader = readAt(channel, position, 8);
            String id = tag(chunkHeader, 0);
            long size = Integer.toUnsignedLong(chunkHeader.getInt(4));
            long body = position + 8;
            if (id.equals("fmt ")) {
                if (body + size > fileSize) {
                    throw new AudioFormatException(file, "file ends inside its fmt chunk");
                }
                fmt = readAt(channel, body, (int) Math.min(size, EXTENSIBLE_FMT_SIZE));
            } else if (id.equals("data")) {
                dataOffset = body;
                dataSize = size;
                if (size == STREAMING_DATA_SIZE || body + size > fileSize) {
                    break; // the data runs to the end of the file: nothing can follow it
                }
            }
            position = body + size + (size & 1); // RIFF chunks are word aligned
        }
        if (fmt == null) {
            throw new AudioFormatException(file, "no fmt chunk");
        }
        if (dataOffset < 0) {
            throw new AudioFormatException(file, position < fileSize
                    ? "file ends inside a chunk header, before any data chunk" : "no data chunk");
        }
        return fromChunks(file, fmt, dataOffset, dataSize, fileSize);
    }

    private static WavHeader fromChunks(Path file, ByteBuffer fmt, long dataOffset, long declaredSize,
                                        long fileSize) throws AudioFormatException {
        if (fmt.remaining() < MIN_FMT_SIZE) {
            throw new AudioFormatException(file, "fmt chunk too short (" + fmt.remaining()
                    + " bytes, need " + MIN_FMT_SIZE + ")");
        }
        int formatTag = Short.toUnsignedInt(fmt.getShort(0));
        int channels = Short.toUnsignedInt(fmt.getShort(2));
        long sampleRate = Integer.toUnsignedLong(fmt.getInt(4));
        int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
        int bits = Short.toUnsignedInt(fmt.getShort(14));
        int effectiveTag = formatTag;
        if (formatTag == FormatTags.EXTENSIBLE) {
            if (fmt.remaining() < EXTENSIBLE_FMT_SIZE) {
                throw new AudioFormatException(file, "fmt chunk too short for WAVE_FORMAT_EXTENSIBLE ("
                        + fmt.remaining() + " bytes, need " + EXTENSIBLE_FMT_SIZE + ")");
            }
            // The SubFormat GUID starts with the plain format tag it stands for.
            effectiveTag = Short.toUnsignedInt(fmt.getShort(24));
        }
        SampleEncoding encoding = encodingOf(file, formatTag, effectiveTag);
        if (channels == 0 || channels > MAX_CHANNELS) {
            throw new AudioFormatException(file, "implausible channel count " + channels
                    + " (expected 1 to " + MAX_CHANNELS + ")");
        }
        if (sampleRate == 0 || sampleRate > MAX_SAMPLE_RATE) {
            throw new AudioFormatException(file, "implausible sample rate " + sampleRate
                    + " Hz (expected 1 to " + MAX_SAMPLE_RATE + ")");
        }
        boolean bitsOk = encoding == SampleEncoding.PCM_INTEGER
                ? bits == 8 || bits == 16 || bits == 24 || bits == 32
                : bits == 32 || bits == 64;
        if (!bitsOk) {
            throw new AudioFormatException(file, "unsupported " + bits + " bits per sample for "
                    + (encoding == SampleEncoding.PCM_INTEGER ? "PCM (expected 8, 16, 24 or 32)"
                    : "float (expected 32 or 64)"));
        }
        if (blockAlign != channels * (bits / 8)) {
            throw new AudioFormatException(file, "block align " + blockAlign + " does not match "
                    + channels + " channels of " + bits + " bits");
        }
        long present = Math.max(0, fileSize - dataOffset);
        boolean truncated = declaredSize == STREAMING_DATA_SIZE || declaredSize > present;
        long frames = Math.min(declaredSize, present) / blockAlign;
        if (frames == 0) {
            throw new AudioFormatException(file, "no audio samples");
        }
        AudioInfo info = new AudioInfo((int) sampleRate, channels, bits, encoding, frames, truncated);
        return new WavHeader(info, blockAlign, dataOffset);
    }

    private static SampleEncoding encodingOf(Path file, int formatTag, int effectiveTag)
            throws AudioFormatException {
        if (effectiveTag == FormatTags.PCM) {
            return SampleEncoding.PCM_INTEGER;
        }
        if (effectiveTag == FormatTags.IEEE_FLOAT) {
            return SampleEncoding.IEEE_FLOAT;
        }
        String what = FormatTags.describe(effectiveTag);
        if (formatTag == FormatTags.EXTENSIBLE) {
            what = "WAVE_FORMAT_EXTENSIBLE with sub-format " + what.replace("format tag ", "");
        }
        throw new AudioFormatException(file, "unsupported encoding: " + what);
    }

    private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                break;
            }
        }
        return buffer.flip();
    }

    private static String tag(ByteBuffer buffer, int offset) {
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
