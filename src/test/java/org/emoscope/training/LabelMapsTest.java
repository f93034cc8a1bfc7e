package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emoscope.training.FakeCorpora.savee;

import java.util.List;
import java.util.OptionalInt;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Speaker;
import org.junit.jupiter.api.Test;

class LabelMapsTest {
    private static final Speaker EMODB_03 = new Speaker(CorpusKind.EMODB, "03");
    private static final LabelMaps MAPS = LabelMaps.of(
            List.of(Emotion.SURPRISE, Emotion.ANGER, Emotion.BOREDOM, Emotion.ANGER),
            List.of(EMODB_03, savee("KL"), savee("DC")));

    @Test
    void sortsAndDeduplicatesClasses() {
        assertThat(MAPS.emotions()).containsExactly(Emotion.ANGER, Emotion.BOREDOM, Emotion.SURPRISE);
        assertThat(MAPS.speakerKeys()).containsExactly("savee:DC", "savee:KL", "emodb:03");
    }

    @Test
    void looksUpOutputIndices() {
        assertThat(MAPS.emotionIndex(Emotion.SURPRISE)).isEqualTo(2);
        assertThat(MAPS.speakerIndex(EMODB_03)).isEqualTo(OptionalInt.of(2));
        assertThat(MAPS.speakerIndex(savee("JE"))).isEmpty();
        assertThatThrownBy(() -> MAPS.emotionIndex(Emotion.FEAR))
                .hasMessage("emotion 'fear' is not one of the classes [anger, boredom, surprise]");
    }

    @Test
    void roundTripsThroughJsonAsLabelsAndKeys() throws Exception {
        String json = MAPS.toJson();

        assertThat(json).contains("\"anger\"", "\"savee:DC\"", "\"formatVersion\" : 1");
        assertThat(LabelMaps.fromJson(json, "model.zip")).isEqualTo(MAPS);
    }

    @Test
    void readsToleratingUnknownFields() throws Exception {
        String json = "{\"emotions\":[\"anger\"],\"speakers\":[\"savee:DC\"],\"colours\":[\"red\"]}";

        assertThat(LabelMaps.fromJson(json, "m")).isEqualTo(new LabelMaps(List.of(Emotion.ANGER), List.of(savee("DC"))));
    }

    @Test
    void rejectsBadJsonNamingTheSource() {
        assertThatThrownBy(() -> LabelMaps.fromJson("{\"emotions\":[\"joy\"],\"speakers\":[\"savee:DC\"]}", "m.zip"))
                .isInstanceOf(TrainingFormatException.class).hasMessageStartingWith("m.zip: unknown emotion 'joy'");
        assertThatThrownBy(() -> LabelMaps.fromJson("{\"emotions\":[\"anger\"]}", "m.zip"))
                .isInstanceOf(TrainingFormatException.class)
                .hasMessage("m.zip: label maps need both 'emotions' and 'speakers'");
        assertThatThrownBy(() -> LabelMaps.fromJson("{\"formatVersion\":9,\"emotions\":[],\"speakers\":[]}", "m.zip"))
                .isInstanceOf(TrainingFormatException.class).hasMessageContaining("format version 9");
    }

    @Test
    void rejectsUnsortedOrEmptyClassLists() {
        assertThatThrownBy(() -> new LabelMaps(List.of(Emotion.SADNESS, Emotion.ANGER), List.of(savee("DC"))))
                .hasMessage("emotions must be sorted and distinct, but SADNESS comes before ANGER");
        assertThatThrownBy(() -> new LabelMaps(List.of(Emotion.ANGER), List.of()))
                .hasMessage("speakers must not be empty");
    }
}
