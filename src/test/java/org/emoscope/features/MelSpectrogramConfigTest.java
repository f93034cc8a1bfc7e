package org.emoscope.features;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MelSpectrogramConfigTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void paperSettingsAreValidAndUseNyquistAsFmax() {
        MelSpectrogramConfig paper = MelSpectrogramConfig.paper();
        assertThat(paper.validate()).isEmpty();
        assertThat(paper.fmax()).isEqualTo(8000.0);
        assertThat(paper.nFft()).isEqualTo(800);
        assertThat(paper.hopLength()).isEqualTo(400);
        assertThat(paper.nMels()).isEqualTo(128);
        assertThat(paper.hasTopDb()).isTrue();
    }

    @Test
    void validateListsEveryProblemAtOnce() {
        var bad = new MelSpectrogramConfig(16000, 801, 0, 0, -5, 9000, false, null, 0, 0, 80);
        assertThat(bad.validate()).hasSize(8).anySatisfy(p -> assertThat(p).contains("n_fft must be even"))
                .anySatisfy(p -> assertThat(p).contains("hop length"))
                .anySatisfy(p -> assertThat(p).contains("n_mels"))
                .anySatisfy(p -> assertThat(p).contains("fmin must be at least 0"))
                .anySatisfy(p -> assertThat(p).contains("Nyquist"))
                .anySatisfy(p -> assertThat(p).contains("norm"))
                .anySatisfy(p -> assertThat(p).contains("ref must be"))
                .anySatisfy(p -> assertThat(p).contains("amin"));
        assertThat(new MelSpectrogramConfig(16000, 800, 400, 128, 4000, 3000, false, MelNorm.SLANEY, 1, 1e-10, 80)
                .validate()).singleElement().asString().contains("must be below fmax");
    }

    @Test
    void negativeOrNanTopDbMeansNoFloor() {
        var p = MelSpectrogramConfig.paper();
        assertThat(new MelSpectrogramConfig(16000, 800, 400, 128, 0, Double.NaN, false, MelNorm.SLANEY, 1, 1e-10, -1)
                .hasTopDb()).isFalse();
        assertThat(new MelSpectrogramConfig(16000, 800, 400, 128, 0, Double.NaN, false, MelNorm.SLANEY, 1, 1e-10,
                Double.NaN).hasTopDb()).isFalse();
        assertThat(p.hasTopDb()).isTrue();
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        var config = new MelSpectrogramConfig(22050, 2048, 512, 40, 50, 7000, true, MelNorm.NONE, 2.0, 1e-9, 60);
        String text = json.writeValueAsString(config);
        assertThat(text).contains("\"nFft\":2048").contains("\"norm\":\"NONE\"");
        assertThat(json.readValue(text, MelSpectrogramConfig.class)).isEqualTo(config);
        assertThat(json.readValue(json.writeValueAsString(MelSpectrogramConfig.paper()), MelSpectrogramConfig.class))
                .isEqualTo(MelSpectrogramConfig.paper());
    }

    @Test
    void readsPartialJsonFillingPaperDefaultsAndNyquistFmax() throws Exception {
        var config = json.readValue("{\"sampleRate\": 22050, \"nMels\": 64}", MelSpectrogramConfig.class);
        var p = MelSpectrogramConfig.paper();
        assertThat(config).isEqualTo(new MelSpectrogramConfig(22050, p.nFft(), p.hopLength(), 64, p.fmin(), 11025.0,
                p.htk(), p.norm(), p.ref(), p.amin(), p.topDb()));
    }
}
