package org.emoscope.corpus;

import java.util.List;

/** One corpus's file naming convention. Stateless and thread-safe. */
interface ClipNaming {
    CorpusKind kind();

    /**
     * Reads the path of a WAV file (any case of {@code .wav}) relative to the corpus root.
     *
     * @param segments the folder names below the root, then the file name; one or two entries
     */
    NameResult parse(List<String> segments);

    /** The file name without its 4-character {@code .wav} extension. */
    static String stem(String fileName) {
        return fileName.substring(0, fileName.length() - ".wav".length());
    }
}
