package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.corpus.Speaker;
import org.junit.jupiter.api.Test;

class DomainNoteTest {
    private static final List<Emotion> EMODB_CLASSES = List.of(Emotion.ANGER, Emotion.BOREDOM, Emotion.DISGUST,
            Emotion.FEAR, Emotion.HAPPINESS, Emotion.NEUTRAL, Emotion.SADNESS);

    @Test
    void anEnglishSaveeClipUnderAGermanEmoDbModelIsOutOfDomainAndSurpriseIsNoClass() {
        Clip savee = new Clip(Path.of("/data/savee/AudioData/DC/su01.wav"), "DC/su01.wav", CorpusKind.SAVEE,
                Language.EN, new Speaker(CorpusKind.SAVEE, "DC"), Emotion.SURPRISE, "su01", 3.0, 44_100);

        assertThat(DomainNote.of(savee, EMODB_CLASSES, List.of("emodb:08", "emodb:09"))).contains(
                "Out of domain: the model learnt from EMO-DB (de); this clip is SAVEE (en); its label, surprise,"
                        + " is none of the model's classes");
    }

    @Test
    void aClipOfTheModelsCorpusNeedsNoNote() {
        assertThat(DomainNote.of(SampleClips.happy(), EMODB_CLASSES, List.of("emodb:08"))).isEmpty();
    }
}
