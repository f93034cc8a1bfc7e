package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmoDbNamingTest {
    private static final String BAD_NAME =
            "name does not follow EMO-DB's <speaker><text><emotion><version>.wav (e.g. 03a01Fa.wav)";
    private final EmoDbNaming naming = new EmoDbNaming();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "03a01Wa.wav, 03, ANGER,     a01",
            "08a02Lb.wav, 08, BOREDOM,   a02",
            "09a04Ec.wav, 09, DISGUST,   a04",
            "10a05Aa.wav, 10, FEAR,      a05",
            "11b01Fd.wav, 11, HAPPINESS, b01",
            "12b09Ta.wav, 12, SADNESS,   b09",
            "16b10Na.wav, 16, NEUTRAL,   b10",
            "99z77Wa.wav, 99, ANGER,     z77",
            "03a01Fa.WAV, 03, HAPPINESS, a01",
    })
    void readsSpeakerTextAndEmotionFromValidNames(String name, String speaker, Emotion emotion, String textId) {
        assertThat(naming.parse(FolderScan.segments(name))).isEqualTo(new NameResult.Accepted(new ClipName(
                new Speaker(CorpusKind.EMODB, speaker), emotion, textId, name.substring(0, 7))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "03a01Xa.wav     | unknown emotion code 'X' in EMO-DB name",
            "03a01Sa.wav     | unknown emotion code 'S' in EMO-DB name",
            "3a01Fa.wav      | " + BAD_NAME,
            "03a1Fa.wav      | " + BAD_NAME,
            "03a01fa.wav     | " + BAD_NAME,
            "03a01FA.wav     | " + BAD_NAME,
            "03a01Fab.wav    | " + BAD_NAME,
            "03A01Fa.wav     | " + BAD_NAME,
            "DC_a01.wav      | " + BAD_NAME,
            "03/03a01Fa.wav  | in a subfolder: EMO-DB keeps all WAV files in one folder",
    })
    void rejectsInvalidNamesWithReason(String path, String reason) {
        assertThat(naming.parse(FolderScan.segments(path))).isEqualTo(new NameResult.Rejected(reason));
    }
}
