package org.emoscope.ui.clip;

import java.nio.file.Path;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.corpus.Speaker;

/** Clips of the bundled EMO-DB sample (Surefire runs in the project root). */
final class SampleClips {
    private SampleClips() {
    }

    /** 03a01Fa.wav: speaker 03, happiness, 13 879 samples at 16 kHz. */
    static Clip happy() {
        return emoDb("03a01Fa.wav", Emotion.HAPPINESS, 13_879 / 16_000.0);
    }

    /** 03a01Wa.wav: speaker 03, anger, 12 788 samples at 16 kHz. */
    static Clip angry() {
        return emoDb("03a01Wa.wav", Emotion.ANGER, 12_788 / 16_000.0);
    }

    static Clip emoDb(String file, Emotion emotion, double seconds) {
        return file(Path.of("sample-audio/emodb/wav", file).toAbsolutePath(), emotion, seconds);
    }

    static Clip file(Path wav, Emotion emotion, double seconds) {
        return new Clip(wav, wav.getFileName().toString(), CorpusKind.EMODB, Language.DE,
                new Speaker(CorpusKind.EMODB, "03"), emotion, "a01", seconds, 16_000);
    }
}
