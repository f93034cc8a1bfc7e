package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusSummaryTest {
    private static final Path ROOT = Path.of("/data/AudioData").toAbsolutePath();

    private static Clip clip(String speaker, String file, Emotion emotion, double seconds, int sampleRate) {
        String relative = speaker + "/" + file;
        return new Clip(ROOT.resolve(relative), relative, CorpusKind.SAVEE, Language.EN,
                new Speaker(CorpusKind.SAVEE, speaker), emotion, file.replace(".wav", ""), seconds, sampleRate);
    }

    @Test
    void countsClipsPerEmotionSpeakerAndSampleRateInStableOrder() {
        Corpus corpus = new Corpus(CorpusKind.SAVEE, ROOT, List.of(
                clip("KL", "su01.wav", Emotion.SURPRISE, 2.0, 44_100),
                clip("DC", "sa01.wav", Emotion.SADNESS, 1.5, 44_100),
                clip("DC", "a01.wav", Emotion.ANGER, 3.25, 22_050),
                clip("JE", "a01.wav", Emotion.ANGER, 1.0, 44_100)),
                List.of(new CorpusProblem("DC/x01.wav", "unknown emotion code 'x' in SAVEE name")));

        CorpusSummary summary = CorpusSummary.of(corpus);

        assertThat(summary.corpus()).isEqualTo(CorpusKind.SAVEE);
        assertThat(summary.clips()).isEqualTo(4);
        assertThat(summary.byEmotion()).containsExactly(
                entry(Emotion.ANGER, 2), entry(Emotion.SADNESS, 1), entry(Emotion.SURPRISE, 1));
        assertThat(summary.bySpeaker()).containsExactly(
                entry(Speaker.parse("savee:DC"), 2), entry(Speaker.parse("savee:JE"), 1), entry(Speaker.parse("savee:KL"), 1));
        assertThat(summary.sampleRates()).containsExactly(entry(22_050, 1), entry(44_100, 3));
        assertThat(summary.seconds()).isEqualTo(7.75);
        assertThat(summary.problems()).containsExactlyElementsOf(corpus.problems());
    }

    @Test
    void summarisesEmptyCorpusAsZeros() {
        CorpusSummary summary = CorpusSummary.of(new Corpus(CorpusKind.EMODB, ROOT, List.of(), List.of()));

        assertThat(summary.clips()).isZero();
        assertThat(summary.byEmotion()).isEmpty();
        assertThat(summary.seconds()).isZero();
    }
}
