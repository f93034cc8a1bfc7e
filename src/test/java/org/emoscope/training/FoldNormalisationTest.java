package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.junit.jupiter.api.Test;

/** How a fold prepares clips under each normalisation, and what an old model file's preparation reads as. */
class FoldNormalisationTest {
    private static final Corpus SAVEE = FakeCorpora.savee();

    /** Two bands; speaker DC is 10 dB louder than the others, every clip {@code frames} long. */
    private static Map<Clip, float[][]> logMels(int frames) {
        Map<Clip, float[][]> logMels = new HashMap<>();
        int i = 0;
        for (Clip clip : SAVEE.clips()) {
            float offset = clip.speaker().id().equals("DC") ? 10 : 0;
            float[][] mel = new float[2][frames];
            for (int t = 0; t < frames; t++) {
                mel[0][t] = offset + (i + t) % 5;
                mel[1][t] = offset - 20 + (i * t) % 3;
            }
            logMels.put(clip, mel);
            i++;
        }
        return logMels;
    }

    private static List<Clip> speaker(String id) {
        return SAVEE.clips().stream().filter(c -> c.speaker().id().equals(id)).toList();
    }

    @Test
    void perSpeakerStatisticsRemoveASpeakersLevelAndUseTheTestSpeakersOwnAudio() {
        Map<Clip, float[][]> logMels = logMels(6);
        List<Clip> training = SAVEE.clips().stream().filter(c -> !c.speaker().id().equals("DC")).toList();

        FoldNormalisation perSpeaker = FoldNormalisation.fit(Normalisation.PER_SPEAKER, training, SAVEE.clips(),
                logMels, 8, -1f, true);
        FoldNormalisation trainingFold = FoldNormalisation.fit(Normalisation.TRAINING_FOLD, training, SAVEE.clips(),
                logMels, 8, -1f, true);

        assertThat(perSpeaker.speakerStats()).containsOnlyKeys("savee:DC", "savee:JE", "savee:JK", "savee:KL");
        double ownMean = speaker("DC").stream()
                .mapToDouble(c -> mean(perSpeaker.standardise(logMels.get(c), Optional.of("savee:DC"))[0])).average()
                .orElseThrow();
        double foldMean = speaker("DC").stream()
                .mapToDouble(c -> mean(trainingFold.standardise(logMels.get(c), Optional.of("savee:DC"))[0])).average()
                .orElseThrow();
        assertThat(ownMean).as("the test speaker standardised by its own audio").isCloseTo(0, within(1e-5));
        assertThat(foldMean).as("by the training speakers' statistics it stays louder").isGreaterThan(2);
        assertThat(perSpeaker.hasOwnStatistics(Optional.of("savee:DC"))).isTrue();
        assertThat(perSpeaker.hasOwnStatistics(Optional.of("emodb:03"))).isFalse();
    }

    @Test
    void aMaskedClipCarriesItsRealLengthAndAnUnmaskedOneEveryFrame() {
        Map<Clip, float[][]> logMels = logMels(6);
        float[][] clip = logMels.get(SAVEE.clips().get(0));

        PreparedClip masked = FoldNormalisation.fit(Normalisation.PER_UTTERANCE, SAVEE.clips(), SAVEE.clips(), logMels,
                8, -1f, true).prepare(clip, Optional.empty());
        PreparedClip unmasked = FoldNormalisation.fit(Normalisation.TRAINING_FOLD, SAVEE.clips(), SAVEE.clips(),
                logMels, 8, -1f, false).prepare(clip, Optional.empty());

        assertThat(masked.frames()).isEqualTo(6);
        assertThat(masked.features()[0]).hasSize(8);
        assertThat(masked.features()[0][7]).isEqualTo(-1f);
        assertThat(mean(Arrays.copyOf(masked.features()[0], 6))).as("per utterance: the clip's own mean")
                .isCloseTo(0, within(1e-5));
        assertThat(unmasked.frames()).as("padding is input").isEqualTo(8);
    }

    @Test
    void aPreparationSavedBeforeTheChoicesExistedReadsAsTheTrainingFoldWithoutMasking() throws Exception {
        String old = "{\"stats\":{\"mean\":[1.0,2.0],\"std\":[1.0,1.0]},\"frames\":256,\"padValue\":-1.0}";

        FoldNormalisation read = new ObjectMapper().readValue(old, FoldNormalisation.class);

        assertThat(read.normalisation()).isEqualTo(Normalisation.TRAINING_FOLD);
        assertThat(read.maskPadding()).isFalse();
        assertThat(read.speakerStats()).isEmpty();
        assertThat(read.prepare(new float[][] {{1, 1}, {2, 2}}, Optional.of("savee:DC")).frames()).isEqualTo(256);
        FoldNormalisation written = new ObjectMapper().readValue(new ObjectMapper().writeValueAsString(read),
                FoldNormalisation.class);
        assertThat(written).isEqualTo(read);
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
