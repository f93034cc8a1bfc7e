package org.emoscope.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads RIFF/WAVE files: integer PCM (8-bit unsigned, 16/24/32-bit signed), IEEE float (32/64
 * bit), plain or WAVE_FORMAT_EXTENSIBLE, any rate and channel count. Unknown chunks are skipped.
 * A data chunk that declares more bytes than the file holds is decoded as far as it goes and
 * marked {@link AudioInfo#truncated()}.
 *
 * <p>Stateless and thread-safe. Malformed or unsupported files raise {@link AudioFormatException};
 * {@link IOException} means the file could not be read at all.
 */
public final class WavReader {
    /** Frames converted per read, so memory beyond the result stays bounded for long files. */
    private static final int BLOCK_BYTES = 1 << 20;

    private WavReader() {
    }

    /** Reads the header only (the sample data is not touched), for scanning large corpora. */
    public static AudioInfo probe(Path file) throws AudioFormatException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return WavHeader.read(file, channel).info();
        }
    }

    /** Decodes the whole file to mono floats at its own sample rate. */
    public static DecodedAudio decode(Path file) throws AudioFormatException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            WavHeader header = WavHeader.read(file, channel);
            AudioInfo info = header.info();
            if (info.frames() > Integer.MAX_VALUE - 8) {
                throw new AudioFormatException(file, "too long to decode (" + info.frames() + " frames)");
            }
            float[] samples = new float[(int) info.frames()];
            SampleConverter converter = new SampleConverter(info);
            int blockFrames = Math.max(1, Math.min(samples.length, BLOCK_BYTES / header.blockAlign()));
            ByteBuffer block = ByteBuffer.allocate(blockFrames * header.blockAlign())
                    .order(ByteOrder.LITTLE_ENDIAN);
            long position = header.dataOffset();
            int done = 0;
            while (done < samples.length) {
                int frames = Math.min(blockFrames, samples.length - done);
                block.clear().limit(frames * header.blockAlign());
                readFully(channel, block, position);
                position += block.limit();
                done += converter.convert(block.flip(), samples, done);
            }
            return new DecodedAudio(samples, info.sampleRate(), info);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                throw new IOException("file shrank while being read");
            }
            at += read;
        }
    }
}
