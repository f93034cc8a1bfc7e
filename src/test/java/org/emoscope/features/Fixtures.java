package org.emoscope.features;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden fixtures of this package (see {@code src/test/resources/org/emoscope/features/README.md}). */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    /**
     * The samples of a mono 16-bit PCM WAV fixture scaled by 1/32768, as librosa loads them. A
     * deliberately tiny reader (walks the chunks, nothing else) so these tests do not depend on the
     * real decoder.
     */
    static float[] readPcm16Mono(Path wav) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        in.position(12);
        while (in.remaining() >= 8) {
            byte[] id = new byte[4];
            in.get(id);
            int size = in.getInt();
            if (new String(id, StandardCharsets.US_ASCII).equals("data")) {
                float[] samples = new float[size / 2];
                for (int i = 0; i < samples.length; i++) {
                    samples[i] = in.getShort() / 32768f;
                }
                return samples;
            }
            in.position(in.position() + size + (size & 1));
        }
        throw new IOException(wav + ": no data chunk");
    }
}
