package org.emoscope.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Speaker;

/** Small made-up corpora of {@link Clip} records; no file exists behind them. */
final class FakeCorpora {
    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().resolve("fake-corpora");
    static final List<Emotion> SAVEE_EMOTIONS = List.of(Emotion.ANGER, Emotion.DISGUST, Emotion.FEAR,
            Emotion.HAPPINESS, Emotion.NEUTRAL, Emotion.SADNESS, Emotion.SURPRISE);
    static final List<Emotion> EMODB_EMOTIONS = List.of(Emotion.ANGER, Emotion.BOREDOM, Emotion.DISGUST,
            Emotion.FEAR, Emotion.HAPPINESS, Emotion.NEUTRAL, Emotion.SADNESS);
    static final List<String> SAVEE_SPEAKERS = List.of("DC", "JE", "JK", "KL");
    static final List<String> EMODB_SPEAKERS = List.of("03", "08", "09", "10", "11", "12", "13", "14", "15", "16");

    private FakeCorpora() {
    }

    /** SAVEE's four speakers, three clips of each of its seven emotions each: 84 clips. */
    static Corpus savee() {
        return corpus(CorpusKind.SAVEE, SAVEE_SPEAKERS, SAVEE_EMOTIONS, 3);
    }

    /** EMO-DB's ten speakers, two clips of each of its seven emotions each: 140 clips. */
    static Corpus emodb() {
        return corpus(CorpusKind.EMODB, EMODB_SPEAKERS, EMODB_EMOTIONS, 2);
    }

    static Corpus corpus(CorpusKind kind, List<String> speakers, List<Emotion> emotions, int perEmotion) {
        Path root = ROOT.resolve(kind.id());
        List<Clip> clips = new ArrayList<>();
        for (String speaker : speakers) {
            for (Emotion emotion : emotions) {
                for (int take = 1; take <= perEmotion; take++) {
                    String relative = speaker + "/" + emotion.label() + take + ".wav";
                    clips.add(new Clip(root.resolve(relative), relative, kind, kind.language(),
                            new Speaker(kind, speaker), emotion, emotion.label() + take, 2.5, 44_100));
                }
            }
        }
        return new Corpus(kind, root, clips, List.of());
    }

    static Speaker savee(String id) {
        return new Speaker(CorpusKind.SAVEE, id);
    }
}
