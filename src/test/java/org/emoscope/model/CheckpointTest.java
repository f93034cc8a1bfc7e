package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class CheckpointTest {
    private static final int STEPS_BEFORE = 3;
    private static final int STEPS_AFTER = 3;

    @TempDir
    Path dir;

    @Test
    void resumingFromACheckpointTrainsBitIdenticallyToUninterruptedTraining() throws IOException {
        Path checkpoint = dir.resolve("fold1.ckpt");
        List<StepLosses> uninterruptedLosses = new ArrayList<>();
        Map<String, float[]> uninterrupted;
        try (EmotionNet net = TinyNets.net(21)) {
            train(net, 0, STEPS_BEFORE);
            net.saveCheckpoint(checkpoint, Map.of());
            uninterruptedLosses.addAll(train(net, STEPS_BEFORE, STEPS_AFTER));
            uninterrupted = weights(net);
        }
        try (EmotionNet resumed = EmotionNet.loadCheckpoint(checkpoint)) {
            assertThat(resumed.stepsTaken()).isEqualTo(STEPS_BEFORE);
            List<StepLosses> resumedLosses = train(resumed, STEPS_BEFORE, STEPS_AFTER);
            assertThat(resumedLosses).isEqualTo(uninterruptedLosses);
            assertThat(resumed.stepsTaken()).isEqualTo(STEPS_BEFORE + STEPS_AFTER);
            Map<String, float[]> resumedWeights = weights(resumed);
            assertThat(resumedWeights.keySet()).isEqualTo(uninterrupted.keySet());
            uninterrupted.forEach((name, values) -> assertThat(resumedWeights.get(name)).as(name).containsExactly(values));
        }
    }

    @Test
    void loadingOnlyTheWeightsDoesNotResumeExactly() throws IOException {
        // The control for the test above: optimiser and dropout state really matter.
        Path checkpoint = dir.resolve("fold1.ckpt");
        Map<String, float[]> uninterrupted;
        try (EmotionNet net = TinyNets.net(22)) {
            train(net, 0, STEPS_BEFORE);
            net.saveCheckpoint(checkpoint, Map.of());
            train(net, STEPS_BEFORE, STEPS_AFTER);
            uninterrupted = weights(net);
        }
        try (EmotionNet weightsOnly = EmotionNet.load(checkpoint)) {
            assertThat(weightsOnly.stepsTaken()).isZero();
            train(weightsOnly, STEPS_BEFORE, STEPS_AFTER);
            assertThat(weights(weightsOnly).get(ParameterNames.EMOTION_W)).isNotEqualTo(uninterrupted.get(ParameterNames.EMOTION_W));
        }
    }

    @Test
    void checkpointKeepsExtraEntries() throws IOException {
        Path checkpoint = dir.resolve("fold1.ckpt");
        try (EmotionNet net = TinyNets.net(23)) {
            net.trainStep(TinyNets.randomBatch(2, 1), 1, 1, 1e-3);
            net.saveCheckpoint(checkpoint, Map.of("trainer.json", "{\"epoch\":4}".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(new String(EmotionNet.readExtraEntries(checkpoint).get("trainer.json"), StandardCharsets.UTF_8))
                .isEqualTo("{\"epoch\":4}");
    }

    @Test
    void checkpointBeforeTheFirstStepResumesFromScratch() throws IOException {
        Path checkpoint = dir.resolve("start.ckpt");
        Map<String, float[]> direct;
        try (EmotionNet net = TinyNets.net(24)) {
            net.saveCheckpoint(checkpoint, Map.of());
            train(net, 0, 2);
            direct = weights(net);
        }
        try (EmotionNet resumed = EmotionNet.loadCheckpoint(checkpoint)) {
            train(resumed, 0, 2);
            assertThat(weights(resumed).get(ParameterNames.lstmRecurrentWeights(0)))
                    .containsExactly(direct.get(ParameterNames.lstmRecurrentWeights(0)));
        }
    }

    @Test
    void rejectsAPlainModelFileAsCheckpointNamingTheFile() throws IOException {
        Path model = dir.resolve("model.emo");
        try (EmotionNet net = TinyNets.net(25)) {
            net.save(model);
        }
        assertThatThrownBy(() -> EmotionNet.loadCheckpoint(model))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(model + ": a model without training state, not a checkpoint (no training/state.json)");
    }

    @Test
    void writingACheckpointLeavesNoTemporaryFiles() throws IOException {
        try (EmotionNet net = TinyNets.net(26)) {
            net.saveCheckpoint(dir.resolve("a.ckpt"), Map.of());
            net.saveCheckpoint(dir.resolve("a.ckpt"), Map.of());
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.ckpt");
        }
    }

    private static List<StepLosses> train(EmotionNet net, int firstBatch, int steps) {
        List<StepLosses> losses = new ArrayList<>();
        for (int i = firstBatch; i < firstBatch + steps; i++) {
            losses.add(net.trainStep(TinyNets.randomBatch(4, 100 + i), 1.0, 0.3, 3e-3));
        }
        return losses;
    }

    private static Map<String, float[]> weights(EmotionNet net) {
        Map<String, float[]> weights = new java.util.LinkedHashMap<>();
        for (ParameterSpec spec : net.parameterSpecs()) {
            INDArray array = net.parameter(spec.name());
            weights.put(spec.name(), array.dup('c').data().asFloat());
        }
        return weights;
    }
}
