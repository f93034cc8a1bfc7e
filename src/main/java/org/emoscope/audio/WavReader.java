package org.emoscope.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Reads RIFF/WAVE files: integer PCM (8-bit unsigned, 16/24/32-bit signed), IEEE float (32/64
 * bit), plain or WAVE_FORMAT_EXTENSIBLE, any rate and channel count. Unknown chunks are skipped.
 * A data chunk that declares more bytes than the file holds is decoded as far as it goes and
 * marked {@link AudioInfo#truncated()}.
 *
 * <p>Only regular files are opened: a named pipe would block the reader forever, so it, a folder, a
 * device or a symbolic link to a missing file is an {@link AudioFormatException}, as is a sample
 * that is not a finite number (NaN or infinity in a float file).
 *
 * <p>Stateless and thread-safe. Malformed or unsupported files raise {@link AudioFormatException};
 * {@link IOException} means the file could not be read at all.
 */
public final class WavReader {
    /** Frames converted per read, so memory beyond the result stays bounded for long files. */
    private static final int BLOCK_BYTES = 1 << 20;

    private WavReader() {
    }

    /**
     * Reads the header, for scanning large corpora. Integer samples are not touched; float samples,
     * the only ones that can be NaN or infinite, are decoded and checked, so a corpus lists such a
     * file when it is opened rather than when training meets it.
     */
    public static AudioInfo probe(Path file) throws AudioFormatException, IOException {
        AudioInfo info;
        try (FileChannel channel = openRegularFile(file)) {
            info = WavHeader.read(file, channel).info();
        }
        if (info.encoding() == SampleEncoding.IEEE_FLOAT) {
            decode(file);
        }
        return info;
    }

    /** Decodes the whole file to mono floats at its own sample rate. */
    public static DecodedAudio decode(Path file) throws AudioFormatException, IOException {
        try (FileChannel channel = openRegularFile(file)) {
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
            checkFinite(file, samples, info.sampleRate());
            return new DecodedAudio(samples, info.sampleRate(), info);
        }
    }

    private static FileChannel openRegularFile(Path file) throws AudioFormatException, IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new AudioFormatException(file, whyNotRegular(file));
        }
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    private static String whyNotRegular(Path file) {
        if (Files.isSymbolicLink(file) && !Files.exists(file)) {
            String target;
            try {
                target = Files.readSymbolicLink(file).toString();
            } catch (IOException e) {
                target = "unknown";
            }
            return "symbolic link to a missing file (" + target + ")";
        }
        if (Files.isDirectory(file)) {
            return "a folder, not an audio file";
        }
        return "not a regular file (a named pipe, socket or device); only regular files are read";
    }

    private static void checkFinite(Path file, float[] samples, int sampleRate) throws AudioFormatException {
        int first = -1;
        int count = 0;
        for (int i = 0; i < samples.length; i++) {
            if (!Float.isFinite(samples[i])) {
                first = first < 0 ? i : first;
                count++;
            }
        }
        if (count > 0) {
            throw new AudioFormatException(file, String.format(Locale.ROOT,
                    "%d sample%s not a finite number (NaN or infinity), the first at %.3f s",
                    count, count == 1 ? " is" : "s are", first / (double) sampleRate));
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
