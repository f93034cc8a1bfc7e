package org.emoscope.corpus;

import java.io.IOException;
import java.nio.file.Path;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;

/**
 * Reads what an audio file's header says without decoding it; production code uses
 * {@code WavReader::probe}, tests use fakes. Must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface AudioProbe {
    /**
     * @throws AudioFormatException when the file is not audio Emoscope can read
     * @throws IOException          when the file cannot be read at all
     */
    AudioInfo probe(Path file) throws AudioFormatException, IOException;
}
