package org.emoscope.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;
import org.emoscope.audio.SampleEncoding;
import org.emoscope.corpus.CorpusReader;

/** Corpora for view-model tests: EMO-DB folders of empty files, read by a reader that takes them for audio. */
public final class TestCorpora {
    /** A clip whose name is right but which {@link #reader()} finds is not audio. */
    public static final String UNREADABLE = "03a02Wa.wav";

    private TestCorpora() {
    }

    /** A corpus reader that takes every file for 2 s of 16-kHz mono audio, except {@link #UNREADABLE}. */
    public static CorpusReader reader() {
        return new CorpusReader(TestCorpora::probe);
    }

    private static AudioInfo probe(Path file) throws AudioFormatException {
        if (file.getFileName().toString().equals(UNREADABLE)) {
            throw new AudioFormatException(file, "not a RIFF/WAVE file");
        }
        return new AudioInfo(16_000, 1, 16, SampleEncoding.PCM_INTEGER, 32_000, false);
    }

    /** An EMO-DB corpus folder {@code folder} whose {@code wav} folder holds empty files of these names. */
    public static Path emoDb(Path folder, String... names) throws IOException {
        Path wav = Files.createDirectories(folder.resolve("wav"));
        for (String name : names) {
            Files.createFile(wav.resolve(name));
        }
        return folder;
    }
}
