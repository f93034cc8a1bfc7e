package org.emoscope.ui.training;

import java.nio.file.Path;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.corpus.NotACorpusException;

/** The bundled sample corpora, read once (Surefire runs in the project root). */
final class SampleCorpora {
    private static final Corpus EMODB = read(Path.of("sample-audio/emodb"));
    private static final Corpus SAVEE = read(Path.of("sample-audio/savee"));

    private SampleCorpora() {
    }

    /** The German sample: speakers 03, 08, 09, 10, 28 clips each. */
    static Corpus emoDb() {
        return EMODB;
    }

    /** The English sample: speakers DC, JE, JK, KL. */
    static Corpus savee() {
        return SAVEE;
    }

    private static Corpus read(Path folder) {
        try {
            return new CorpusReader().read(folder.toAbsolutePath());
        } catch (NotACorpusException e) {
            throw new IllegalStateException("the bundled sample corpus is missing: " + e.getMessage(), e);
        }
    }
}
