package org.emoscope.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

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
    /** Telephone speech is 8 kHz; below 4 kHz no rate is in use and resampling to 16 kHz is meaningless. */
    private static final long MIN_SAMPLE_RATE = 4_000;
    private static final long MAX_SAMPLE_RATE = 1_000_000;
    /** Clips are utterances of seconds; a longer file is not a clip and would only exhaust the heap. */
    static final long MAX_SECONDS = 10 * 60;
    /**
     * The SubFormat GUID of WAVE_FORMAT_EXTENSIBLE is {@code XXXXXXXX-0000-0010-8000-00AA00389B71}
     * with the plain format tag in its first bytes; these are its bytes after the tag.
     */
    private static final byte[] EXTENSIBLE_GUID_TAIL = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
            (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};
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
        while (position + 8 <= fileSize) {
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
                if (dataOffset >= 0) {
                    throw new AudioFormatException(file, "two data chunks (at bytes " + (dataOffset - 8) + " and "
                            + position + "); which one holds the clip is ambiguous");
                }
                dataOffset = body;
                dataSize = size;
                if (size == STREAMING_DATA_SIZE || body + size > fileSize) {
                    break; // the data runs to the end of the file: nothing can follow it
                }
            }
            position = nextChunk(channel, body + size, size);
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
            effectiveTag = Short.toUnsignedInt(fmt.getShort(24));
            byte[] tail = new byte[EXTENSIBLE_GUID_TAIL.length];
            fmt.get(26, tail);
            if (!Arrays.equals(tail, EXTENSIBLE_GUID_TAIL)) {
                throw new AudioFormatException(file, "unsupported encoding: WAVE_FORMAT_EXTENSIBLE with sub-format "
                        + guid(fmt) + ", not a PCM or IEEE float GUID");
            }
        }
        SampleEncoding encoding = encodingOf(file, formatTag, effectiveTag);
        if (channels == 0 || channels > MAX_CHANNELS) {
            throw new AudioFormatException(file, "implausible channel count " + channels
                    + " (expected 1 to " + MAX_CHANNELS + ")");
        }
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new AudioFormatException(file, String.format(Locale.ROOT,
                    "implausible sample rate %,d Hz (expected %,d to %,d Hz)", sampleRate, MIN_SAMPLE_RATE, MAX_SAMPLE_RATE));
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
        if (frames / sampleRate > MAX_SECONDS) {
            throw new AudioFormatException(file, String.format(Locale.ROOT,
                    "%.1f minutes long; Emoscope reads clips of up to %d minutes", frames / (double) sampleRate / 60,
                    MAX_SECONDS / 60));
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

    /**
     * Where the chunk after one ending at {@code end} starts. RIFF chunks are word aligned, so an
     * odd-sized chunk is followed by a pad byte; some writers leave it out, which shows as a chunk
     * id that is text right at {@code end} and is not one after the pad byte.
     */
    private static long nextChunk(FileChannel channel, long end, long size) throws IOException {
        if ((size & 1) == 0) {
            return end;
        }
        boolean padded = isChunkId(readAt(channel, end + 1, 4));
        return !padded && isChunkId(readAt(channel, end, 4)) ? end : end + 1;
    }

    private static boolean isChunkId(ByteBuffer bytes) {
        if (bytes.remaining() < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            int b = Byte.toUnsignedInt(bytes.get(i));
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** The SubFormat GUID as usually written, e.g. {@code 00000001-0000-0010-8000-00AA00389B71}. */
    private static String guid(ByteBuffer fmt) {
        ByteBuffer at = fmt.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        byte[] last = new byte[8];
        at.get(32, last);
        HexFormat hex = HexFormat.of().withUpperCase();
        String tail = hex.formatHex(last);
        return String.format(Locale.ROOT, "%08X-%04X-%04X-%s-%s", at.getInt(24), at.getShort(28),
                at.getShort(30), tail.substring(0, 4), tail.substring(4));
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
