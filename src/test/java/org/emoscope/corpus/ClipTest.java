package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClipTest {
    private static final Path ABSOLUTE = Path.of("/data/AudioData/DC/a01.wav");
    private static final Speaker DC = new Speaker(CorpusKind.SAVEE, "DC");

    @Test
    void rejectsRelativePath() {
        assertThatThrownBy(() -> new Clip(Path.of("DC/a01.wav"), "DC/a01.wav", CorpusKind.SAVEE, Language.EN, DC,
                Emotion.ANGER, "a01", 1.0, 44_100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
    }

    @Test
    void rejectsLanguageOtherThanTheCorpusLanguage() {
        assertThatThrownBy(() -> new Clip(ABSOLUTE, "DC/a01.wav", CorpusKind.SAVEE, Language.DE, DC,
                Emotion.ANGER, "a01", 1.0, 44_100))
                .hasMessage("DC/a01.wav: language de is not the language of SAVEE");
    }

    @Test
    void rejectsSpeakerOfAnotherCorpus() {
        assertThatThrownBy(() -> new Clip(ABSOLUTE, "DC/a01.wav", CorpusKind.SAVEE, Language.EN,
                new Speaker(CorpusKind.EMODB, "03"), Emotion.ANGER, "a01", 1.0, 44_100))
                .hasMessage("DC/a01.wav: speaker emodb:03 is not a SAVEE speaker");
    }

    @Test
    void rejectsNonPositiveSampleRate() {
        assertThatThrownBy(() -> new Clip(ABSOLUTE, "DC/a01.wav", CorpusKind.SAVEE, Language.EN, DC,
                Emotion.ANGER, "a01", 1.0, 0))
                .hasMessageContaining("sample rate 0 Hz");
    }
}
