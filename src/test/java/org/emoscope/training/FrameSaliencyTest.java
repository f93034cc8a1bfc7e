package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Per-frame saliency of the bundled demo model: what it ranks first matters more to the model than what it ranks last. */
class FrameSaliencyTest {
    private static final Path MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");
    private static final Path CLIP = Path.of("sample-audio/emodb/wav/03a01Fa.wav");

    @Test
    void deletingTheMostSalientFramesLowersTheLogProbabilityMoreThanTheLeastSalient() throws Exception {
        try (TrainedModel model = TrainedModel.load(MODEL)) {
            TrainedModel.Input input = model.prepare(CLIP, Optional.of("emodb:03"));
            float[] normal = model.forward(List.of(input.clip())).emotionProbabilities()[0];
            int predicted = 0;
            for (int i = 1; i < normal.length; i++) {
                predicted = normal[i] > normal[predicted] ? i : predicted;
            }

            double[] saliency = model.frameSaliency(input, predicted);

            assertThat(saliency).hasSize(input.audioSteps() + model.config().architecture().receptiveFrames() - 1);
            Integer[] order = IntStream.range(0, saliency.length).boxed()
                    .sorted((a, b) -> Double.compare(saliency[b], saliency[a])).toArray(Integer[]::new);
            int count = saliency.length / 10;
            double most = logProbability(model, input, List.of(order).subList(0, count), predicted);
            double least = logProbability(model, input, List.of(order).subList(order.length - count, order.length),
                    predicted);
            assertThat(most).as("log p after deleting the most salient tenth, against the least salient tenth")
                    .isLessThan(least);
        }
    }

    private static double logProbability(TrainedModel model, TrainedModel.Input input, List<Integer> deleted,
                                         int emotion) {
        float[][] features = new float[input.clip().features().length][];
        for (int band = 0; band < features.length; band++) {
            features[band] = input.clip().features()[band].clone();
            for (int frame : deleted) {
                features[band][frame] = model.padValue();
            }
        }
        PreparedClip clip = new PreparedClip(features, input.clip().frames());
        return Math.log(model.forward(List.of(clip)).emotionProbabilities()[0][emotion]);
    }
}
