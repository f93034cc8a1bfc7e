package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.emoscope.audio.AudioLoader;
import org.emoscope.audio.LiveInput;
import org.junit.jupiter.api.Test;

/** The streaming path — a WAV file through the live dispatcher at real-time speed — reads as offline does. */
class LiveAnalyserTest {
    private static final Path MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");
    private static final Path CLIP = Path.of("sample-audio/emodb/wav/03a01Fa.wav");

    @Test
    void eachWindowOfTheStreamGetsTheReadingOfTheSameSamplesReadOffline() throws Exception {
        try (TrainedModel model = TrainedModel.load(MODEL)) {
            List<LiveAnalyser.Reading> readings = new ArrayList<>();
            LiveAnalyser analyser = new LiveAnalyser(model, 0.5, 0.25, readings::add);
            long start = System.nanoTime();

            LiveInput.file(CLIP, model.sampleRate(), true).run(analyser::accept);
            analyser.finish();

            float[] file = AudioLoader.load(CLIP, model.sampleRate()).samples();
            assertThat((System.nanoTime() - start) / 1e9).as("played at real-time speed")
                    .isGreaterThanOrEqualTo(0.9 * file.length / model.sampleRate());
            assertThat(readings).extracting(LiveAnalyser.Reading::endSeconds).containsExactly(0.25, 0.5, 0.75, 13_879 / 16_000.0);
            for (LiveAnalyser.Reading reading : readings) {
                int from = (int) Math.round(reading.startSeconds() * model.sampleRate());
                int to = (int) Math.round(reading.endSeconds() * model.sampleRate());
                float[] offline = model.analyse(Arrays.copyOfRange(file, from, to), Optional.empty(), 1)
                        .emotionProbabilities();
                float[] live = reading.analysis().emotionProbabilities();
                for (int c = 0; c < offline.length; c++) {
                    // The dispatcher carries 16-bit samples: the file's own, give or take one step.
                    assertThat(live[c]).as("window ending %.2f s, class %d", reading.endSeconds(), c)
                            .isCloseTo(offline[c], within(1e-3f));
                }
            }
            assertThat(analyser.heardSeconds()).isCloseTo(file.length / (double) model.sampleRate(), within(1e-9));
        }
    }
}
