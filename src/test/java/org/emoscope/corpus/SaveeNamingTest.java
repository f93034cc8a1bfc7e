package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaveeNamingTest {
    private final SaveeNaming naming = new SaveeNaming();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "DC/a01.wav,      DC, ANGER,     a01",
            "JE/d15.wav,      JE, DISGUST,   d15",
            "JK/f07.wav,      JK, FEAR,      f07",
            "KL/h02.wav,      KL, HAPPINESS, h02",
            "DC/n30.wav,      DC, NEUTRAL,   n30",
            "JE/sa03.wav,     JE, SADNESS,   sa03",
            "JK/su11.wav,     JK, SURPRISE,  su11",
            "KL/a99.wav,      KL, ANGER,     a99",
            "AB/n01.wav,      AB, NEUTRAL,   n01",
            "DC/a01.WAV,      DC, ANGER,     a01",
            "DC_a01.wav,      DC, ANGER,     a01",
            "KL_su15.wav,     KL, SURPRISE,  su15",
            "JE/JE_sa03.wav,  JE, SADNESS,   sa03",
    })
    void readsSpeakerEmotionAndTextFromValidNames(String path, String speaker, Emotion emotion, String textId) {
        NameResult result = naming.parse(FolderScan.segments(path));

        assertThat(result).isEqualTo(new NameResult.Accepted(new ClipName(
                new Speaker(CorpusKind.SAVEE, speaker), emotion, textId, "savee:" + speaker + "/" + textId)));
    }

    @Test
    void sameNameInTwoSpeakerFoldersIsTwoRecordings() {
        ClipName dc = ((NameResult.Accepted) naming.parse(List.of("DC", "sa03.wav"))).name();
        ClipName je = ((NameResult.Accepted) naming.parse(List.of("JE", "sa03.wav"))).name();

        assertThat(dc.textId()).isEqualTo(je.textId());
        assertThat(dc.identity()).isNotEqualTo(je.identity());
    }

    @Test
    void flatAndNestedNamesOfOneRecordingShareIdentity() {
        ClipName nested = ((NameResult.Accepted) naming.parse(List.of("DC", "a01.wav"))).name();
        ClipName flat = ((NameResult.Accepted) naming.parse(List.of("DC_a01.wav"))).name();

        assertThat(flat.identity()).isEqualTo(nested.identity());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "DC/x01.wav    | unknown emotion code 'x' in SAVEE name",
            "DC/sx01.wav   | unknown emotion code 'sx' in SAVEE name",
            "DC_b05.wav    | unknown emotion code 'b' in SAVEE name",
            "DC/a1.wav     | name does not follow SAVEE's <code><NN>.wav or <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)",
            "DC/a001.wav   | name does not follow SAVEE's <code><NN>.wav or <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)",
            "DC/A01.wav    | name does not follow SAVEE's <code><NN>.wav or <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)",
            "DC/a01 (copy).wav | name does not follow SAVEE's <code><NN>.wav or <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)",
            "dc_a01.wav    | name does not follow SAVEE's <code><NN>.wav or <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)",
            "03a01Fa.wav   | name does not follow SAVEE's <code><NN>.wav or <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)",
            "a01.wav       | not in a speaker folder: a SAVEE name without a speaker prefix belongs in a folder such as DC/",
            "dc/a01.wav    | folder 'dc' is not a SAVEE speaker folder (two capital letters, e.g. DC)",
            "Extra/a01.wav | folder 'Extra' is not a SAVEE speaker folder (two capital letters, e.g. DC)",
            "DC/JE_a01.wav | speaker folder 'DC' does not match the name's speaker prefix 'JE'",
    })
    void rejectsInvalidNamesWithReason(String path, String reason) {
        assertThat(naming.parse(FolderScan.segments(path))).isEqualTo(new NameResult.Rejected(reason));
    }
}
