package org.emoscope.audio;

import java.io.IOException;
import java.nio.file.Path;

/** TEMPORARY stub so the features branch compiles; replaced by the audio helper's decoder. */
public final class AudioLoader {
    private AudioLoader() {
    }

    public static DecodedAudio load(Path file, int targetRate) throws AudioFormatException, IOException {
        throw new UnsupportedOperationException("AudioLoader is a stub on this branch");
    }
}
