package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void emotionLabelsAreLowerCaseNamesInAlphabeticalOrder() {
        assertThat(Emotion.values()).extracting(Emotion::label).containsExactly(
                "anger", "boredom", "disgust", "fear", "happiness", "neutral", "sadness", "surprise");
    }

    @Test
    void emotionFromLabelReadsEveryLabelBackIgnoringCase() {
        for (Emotion emotion : Emotion.values()) {
            assertThat(Emotion.fromLabel(emotion.label())).isEqualTo(emotion);
        }
        assertThat(Emotion.fromLabel(" Anger ")).isEqualTo(Emotion.ANGER);
    }

    @Test
    void emotionFromLabelRejectsUnknownLabelNamingTheValidOnes() {
        assertThatThrownBy(() -> Emotion.fromLabel("joy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'joy'")
                .hasMessageContaining("anger, boredom, disgust, fear, happiness, neutral, sadness, surprise");
    }

    @Test
    void corpusKindsHaveIdsAndLanguages() {
        assertThat(CorpusKind.SAVEE.id()).isEqualTo("savee");
        assertThat(CorpusKind.SAVEE.language().code()).isEqualTo("en");
        assertThat(CorpusKind.EMODB.id()).isEqualTo("emodb");
        assertThat(CorpusKind.EMODB.language().code()).isEqualTo("de");
        assertThat(CorpusKind.fromId("emodb")).isEqualTo(CorpusKind.EMODB);
        assertThatThrownBy(() -> CorpusKind.fromId("ravdess")).hasMessageContaining("'ravdess'");
    }

    @Test
    void speakerKeyNamesCorpusAndIdAndParsesBack() {
        Speaker dc = new Speaker(CorpusKind.SAVEE, "DC");
        Speaker three = new Speaker(CorpusKind.EMODB, "03");

        assertThat(dc.key()).isEqualTo("savee:DC");
        assertThat(three).hasToString("emodb:03");
        assertThat(Speaker.parse("savee:DC")).isEqualTo(dc);
        assertThat(Speaker.parse(three.key())).isEqualTo(three);
    }

    @Test
    void speakerParseRejectsKeysWithoutKnownCorpusOrId() {
        assertThatThrownBy(() -> Speaker.parse("DC")).hasMessageContaining("<corpus>:<speaker>");
        assertThatThrownBy(() -> Speaker.parse("tess:OAF")).hasMessageContaining("'tess'");
        assertThatThrownBy(() -> Speaker.parse("savee:")).hasMessageContaining("invalid speaker id");
    }

    @Test
    void speakersOrderByCorpusThenId() {
        assertThat(new TreeSet<>(List.of(Speaker.parse("emodb:03"), Speaker.parse("savee:JE"),
                Speaker.parse("savee:DC"))))
                .extracting(Speaker::key).containsExactly("savee:DC", "savee:JE", "emodb:03");
    }
}
