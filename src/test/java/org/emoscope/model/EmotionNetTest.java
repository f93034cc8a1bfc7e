package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.nd4j.linalg.factory.Nd4j;
import java.util.Map;
import java.util.HashMap;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class EmotionNetTest {

    @Test
    void predictsProbabilitiesAlphaAndAttentionMapsOfTheRightShapes() {
        try (EmotionNet net = TinyNets.net(1)) {
            ForwardResult result = net.predict(TinyNets.randomClips(3, 7));
            int steps = TinyNets.architecture().steps();
            assertThat(steps).isEqualTo(20);
            assertThat(result.emotionProbabilities()).hasDimensions(3, TinyNets.EMOTIONS);
            assertThat(result.speakerProbabilities()).hasDimensions(3, TinyNets.SPEAKERS);
            assertThat(result.alpha()).hasDimensions(3, steps);
            assertThat(result.selfAttention().length).isEqualTo(3);
            assertThat(result.selfAttention()[0].length).isEqualTo(2);
            assertThat(result.selfAttention()[0][0]).hasDimensions(steps, steps);
            for (int clip = 0; clip < 3; clip++) {
                assertThat(sum(result.emotionProbabilities()[clip])).isCloseTo(1.0, within(1e-5));
                assertThat(sum(result.speakerProbabilities()[clip])).isCloseTo(1.0, within(1e-5));
                assertThat(sum(result.selfAttention()[clip][1][7])).isCloseTo(1.0, within(1e-5));
            }
        }
    }

    @Test
    void alphaIsANonNegativeDistributionOverSteps() {
        try (EmotionNet net = TinyNets.net(2)) {
            float[][] alpha = net.predict(TinyNets.randomClips(4, 8), false).alpha();
            for (float[] row : alpha) {
                assertThat(sum(row)).isCloseTo(1.0, within(1e-5));
                for (float a : row) {
                    assertThat(a).isGreaterThanOrEqualTo(0f);
                }
            }
            // Not uniform: the pooling actually weighs steps by their content.
            assertThat(alpha[0][0]).isNotEqualTo(alpha[0][1]);
        }
    }

    @Test
    void selfAttentionCanBeLeftOut() {
        try (EmotionNet net = TinyNets.net(2)) {
            assertThat(net.predict(TinyNets.randomClips(2, 8), false).selfAttention()).isEmpty();
        }
    }

    @Test
    void rejectsClipsOfTheWrongSizeNamingTheClip() {
        try (EmotionNet net = TinyNets.net(2)) {
            float[][][] clips = TinyNets.randomClips(2, 8);
            clips[1][3] = new float[5];
            assertThatThrownBy(() -> net.predict(clips))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Clip 1, band 3 has 5 frames, clip 0 has 24");
        }
    }

    /** The check: a clip padded to 96 or to 256 frames gets the same probabilities when padding is masked. */
    @Test
    void maskedPaddingLeavesTheResultUnchanged() {
        ModelArchitecture compact = ModelArchitecture.compact();
        try (EmotionNet net = EmotionNet.create(compact, 7, 10, 3)) {
            float[][] clip = TinyNets.randomClips(1, 31, compact.nMels(), 81)[0];
            ForwardResult at96 = net.predict(new float[][][] {pad(clip, 96)}, new int[] {81}, true);
            ForwardResult at256 = net.predict(new float[][][] {pad(clip, 256)}, new int[] {81}, true);
            ForwardResult unpadded = net.predict(new float[][][] {clip}, new int[] {81}, true);
            for (int k = 0; k < 7; k++) {
                assertThat(at256.emotionProbabilities()[0][k]).isCloseTo(at96.emotionProbabilities()[0][k], within(1e-5f));
                assertThat(unpadded.emotionProbabilities()[0][k]).isCloseTo(at96.emotionProbabilities()[0][k], within(1e-5f));
            }
            int real = compact.stepsFor(81);
            double onAudio = 0;
            for (int step = 0; step < at256.alpha()[0].length; step++) {
                if (step >= real) {
                    assertThat(at256.alpha()[0][step]).as("alpha on padding").isZero();
                } else {
                    onAudio += at256.alpha()[0][step];
                    assertThat(at256.alpha()[0][step]).isCloseTo(at96.alpha()[0][step], within(1e-5f));
                }
            }
            assertThat(onAudio).isCloseTo(1.0, within(1e-5));
            // Without the mask the padding is input and changes the result (the paper's behaviour).
            ForwardResult unmasked = net.predict(new float[][][] {pad(clip, 256)});
            assertThat(unmasked.emotionProbabilities()[0]).isNotEqualTo(at256.emotionProbabilities()[0]);
        }
    }

    /**
     * The whole network's gradients with masked padding equal the mean of each clip's own gradients, computed
     * alone on exactly its real frames: the convolutions, both LSTM directions and the attention see no padding.
     */
    @Test
    void maskedGradientsAreTheMeanOfEachClipAlone() {
        try (EmotionNet net = TinyNets.net(21); INDArray mask = Nd4j.ones(DataType.FLOAT, 2, net.architecture().sequenceWidth());
             INDArray single = Nd4j.ones(DataType.FLOAT, 1, net.architecture().sequenceWidth())) {
            float[][][] clips = TinyNets.randomClips(2, 22);
            int[] frames = {24, 9};
            float[][][] padded = {clips[0], pad(Arrays.stream(clips[1]).map(b -> Arrays.copyOf(b, 9))
                    .toArray(float[][]::new), 24)};
            Batch batch = new Batch(padded, frames, new int[] {1, 2}, new int[] {0, 1});
            EmotionNet.GradientsAndLosses together = net.gradients(batch, mask, 1.0, 0.5);
            Map<String, INDArray> mean = new HashMap<>();
            for (int clip = 0; clip < 2; clip++) {
                int length = frames[clip];
                float[][] alone = Arrays.stream(padded[clip]).map(b -> Arrays.copyOf(b, length))
                        .toArray(float[][]::new);
                Batch own = new Batch(new float[][][] {alone}, new int[] {batch.emotionLabels()[clip]},
                        new int[] {batch.speakerLabels()[clip]});
                net.gradients(own, single, 1.0, 0.5).gradients()
                        .forEach((name, g) -> mean.merge(name, g.div(2), INDArray::add));
            }
            together.gradients().forEach((name, gradient) ->
                    assertThat(gradient.equalsWithEps(mean.get(name), 1e-5)).as(name).isTrue());
        }
    }

    private static float[][] pad(float[][] clip, int frames) {
        float[][] out = new float[clip.length][];
        for (int band = 0; band < clip.length; band++) {
            out[band] = Arrays.copyOf(clip[band], frames);
            Arrays.fill(out[band], clip[band].length, frames, -1f);
        }
        return out;
    }

    @Test
    void gammaScalesTheEmotionGradient() {
        try (EmotionNet net = TinyNets.net(3); INDArray mask = net.drawDropoutMask(4)) {
            Batch batch = TinyNets.randomBatch(4, 11);
            EmotionNet.GradientsAndLosses once = net.gradients(batch, mask, 1.0, 0.0);
            EmotionNet.GradientsAndLosses twice = net.gradients(batch, mask, 2.0, 0.0);

            assertThat(twice.losses().weightedEmotion()).isCloseTo(2 * once.losses().weightedEmotion(), within(1e-5));
            for (String name : new String[] {ParameterNames.EMOTION_W, ParameterNames.convWeights(0), ParameterNames.lstmInputWeights(1)}) {
                INDArray single = once.gradients().get(name);
                INDArray doubled = twice.gradients().get(name);
                assertThat(single.norm2Number().doubleValue()).as(name).isGreaterThan(0);
                assertThat(doubled.equalsWithEps(single.mul(2), 1e-5)).as(name).isTrue();
            }
            assertThat(once.gradients().get(ParameterNames.SPEAKER_W).norm2Number().doubleValue()).isZero();
        }
    }

    @Test
    void batchesLargerThanOnePassAreSplitWithoutChangingLossesOrGradients() {
        int size = EmotionNet.clipsPerPass(TinyNets.architecture().stepsFor(TinyNets.architecture().frames())) * 2 + 3;
        try (EmotionNet net = TinyNets.net(13); INDArray mask = net.drawDropoutMask(size)) {
            Batch batch = TinyNets.randomBatch(size, 18);
            EmotionNet.GradientsAndLosses whole = net.gradients(batch, mask, 1.0, 0.4);
            EmotionNet.GradientsAndLosses split = net.batchGradients(batch, mask, 1.0, 0.4);
            assertThat(split.losses().total()).isCloseTo(whole.losses().total(), within(1e-5));
            assertThat(split.losses().speakerCrossEntropy()).isCloseTo(whole.losses().speakerCrossEntropy(), within(1e-5));
            assertThat(split.gradients().keySet()).isEqualTo(whole.gradients().keySet());
            whole.gradients().forEach((name, gradient) ->
                    assertThat(split.gradients().get(name).equalsWithEps(gradient, 1e-5)).as(name).isTrue());
        }
    }

    @Test
    void gammaZeroLeavesTheEmotionHeadUnchanged() {
        try (EmotionNet net = TinyNets.net(4)) {
            INDArray emotionBefore = net.parameter(ParameterNames.EMOTION_W).dup();
            INDArray speakerBefore = net.parameter(ParameterNames.SPEAKER_W).dup();
            net.trainStep(TinyNets.randomBatch(4, 12), 0.0, 1.0, 1e-3);
            assertThat(net.parameter(ParameterNames.EMOTION_W)).isEqualTo(emotionBefore);
            assertThat(net.parameter(ParameterNames.SPEAKER_W)).isNotEqualTo(speakerBefore);
        }
    }

    @Test
    void thetaZeroLeavesTheSpeakerHeadUnchanged() {
        try (EmotionNet net = TinyNets.net(5)) {
            INDArray speakerWeights = net.parameter(ParameterNames.SPEAKER_W).dup();
            INDArray speakerBias = net.parameter(ParameterNames.SPEAKER_B).dup();
            INDArray emotionBefore = net.parameter(ParameterNames.EMOTION_W).dup();
            StepLosses losses = net.trainStep(TinyNets.randomBatch(4, 13), 1.0, 0.0, 1e-3);
            assertThat(net.parameter(ParameterNames.SPEAKER_W)).isEqualTo(speakerWeights);
            assertThat(net.parameter(ParameterNames.SPEAKER_B)).isEqualTo(speakerBias);
            assertThat(net.parameter(ParameterNames.EMOTION_W)).isNotEqualTo(emotionBefore);
            assertThat(losses.weightedSpeaker()).isZero();
            assertThat(losses.speakerCrossEntropy()).isGreaterThan(0);
            assertThat(losses.total()).isCloseTo(losses.emotionCrossEntropy(), within(1e-6));
        }
    }

    @Test
    void dropoutIsActiveInTrainingAndOffInInference() {
        try (EmotionNet net = TinyNets.net(6)) {
            float[][][] clips = TinyNets.randomClips(2, 14);
            try (INDArray features = Tensors.features(clips, net.architecture());
                 INDArray first = net.drawDropoutMask(2);
                 INDArray second = net.drawDropoutMask(2)) {
                assertThat(first).isNotEqualTo(second);
                float kept = (float) (1 / (1 - 0.35));
                for (float m : first.data().asFloat()) {
                    assertThat(m).isIn(0f, kept);
                }
                int[] lengths = {net.architecture().steps(), net.architecture().steps()};
                ForwardResult a = net.forward(features, lengths, first, false);
                ForwardResult b = net.forward(features, lengths, second, false);
                assertThat(a.emotionProbabilities()).isNotEqualTo(b.emotionProbabilities());
            }
            assertThat(net.predict(clips).emotionProbabilities()).isEqualTo(net.predict(clips).emotionProbabilities());
        }
    }

    @Test
    void dropoutMasksKeepAboutOneMinusPOfTheUnits() {
        try (EmotionNet net = TinyNets.net(7); INDArray mask = net.drawDropoutMask(2000)) {
            double keptFraction = mask.gt(0).castTo(DataType.FLOAT).meanNumber().doubleValue();
            assertThat(keptFraction).isCloseTo(0.65, within(0.01));
        }
    }

    @Test
    void sameSeedTrainsIdentically() {
        Batch batch = TinyNets.randomBatch(4, 15);
        try (EmotionNet a = TinyNets.net(8); EmotionNet b = TinyNets.net(8)) {
            for (int step = 0; step < 2; step++) {
                assertThat(a.trainStep(batch, 1.0, 0.3, 1e-3)).isEqualTo(b.trainStep(batch, 1.0, 0.3, 1e-3));
            }
            assertThat(a.stepsTaken()).isEqualTo(2);
        }
    }

    @Test
    void learnsATriviallySeparableProblem() {
        // Emotion = sign of band 5's mean; speaker = sign of band 10's mean.
        ModelArchitecture arch = TinyNets.architecture();
        SplittableRandom random = new SplittableRandom(99);
        try (EmotionNet net = EmotionNet.create(arch, 2, 2, 9)) {
            double firstLoss = 0;
            double lastLoss = 0;
            for (int step = 0; step < 40; step++) {
                StepLosses losses = net.trainStep(separableBatch(8, random), 1.0, 0.5, 3e-3);
                if (step < 5) {
                    firstLoss += losses.total() / 5;
                }
                if (step >= 35) {
                    lastLoss += losses.total() / 5;
                }
            }
            assertThat(lastLoss).isLessThan(0.5 * firstLoss);

            Batch test = separableBatch(32, random);
            float[][] probabilities = net.predict(test.features(), false).emotionProbabilities();
            int correct = 0;
            for (int i = 0; i < probabilities.length; i++) {
                int predicted = probabilities[i][1] > probabilities[i][0] ? 1 : 0;
                correct += predicted == test.emotionLabels()[i] ? 1 : 0;
            }
            assertThat(correct).isGreaterThanOrEqualTo(29);
        }
    }

    @Test
    void nanLossIsReportedAndLeavesParametersUntouched() {
        try (EmotionNet net = TinyNets.net(10)) {
            Batch batch = TinyNets.randomBatch(2, 16);
            batch.features()[1][2][3] = Float.NaN;
            INDArray before = net.parameter(ParameterNames.convWeights(0)).dup();
            assertThatThrownBy(() -> net.trainStep(batch, 1.0, 1.0, 1e-3))
                    .isInstanceOf(NonFiniteLossException.class)
                    .hasMessageContaining("Training step 1 produced a non-finite loss")
                    .satisfies(e -> assertThat(((NonFiniteLossException) e).losses().total()).isNaN());
            assertThat(net.parameter(ParameterNames.convWeights(0))).isEqualTo(before);
            assertThat(net.stepsTaken()).isZero();
        }
    }

    @Test
    void rejectsOutOfRangeLabels() {
        try (EmotionNet net = TinyNets.net(11)) {
            Batch batch = new Batch(TinyNets.randomClips(1, 1), new int[] {3}, new int[] {0});
            assertThatThrownBy(() -> net.trainStep(batch, 1, 1, 1e-3))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Clip 0 has emotion label 3, expected 0..2");
        }
    }

    @Test
    void firstTrainingStepPrintsNothingToStandardOutput() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try (EmotionNet net = TinyNets.net(12)) {
            net.trainStep(TinyNets.randomBatch(2, 17), 1, 1, 1e-3);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void paperPresetRunsASingleClip() {
        ModelArchitecture paper = ModelArchitecture.paper();
        try (EmotionNet net = EmotionNet.create(paper, 7, 10, 1)) {
            float[][][] clip = new float[1][paper.nMels()][paper.frames()];
            ForwardResult result = net.predict(clip);
            assertThat(result.emotionProbabilities()).hasDimensions(1, 7);
            assertThat(result.speakerProbabilities()).hasDimensions(1, 10);
            assertThat(result.alpha()).hasDimensions(1, 252);
            assertThat(result.selfAttention()[0].length).isEqualTo(16);
            assertThat(result.selfAttention()[0][15]).hasDimensions(252, 252);
            assertThat(net.parameterCount()).isEqualTo(9_383_441L);
        }
    }

    private static Batch separableBatch(int size, SplittableRandom random) {
        ModelArchitecture arch = TinyNets.architecture();
        float[][][] clips = new float[size][arch.nMels()][arch.frames()];
        int[] emotions = new int[size];
        int[] speakers = new int[size];
        for (int i = 0; i < size; i++) {
            emotions[i] = random.nextInt(2);
            speakers[i] = random.nextInt(2);
            for (int m = 0; m < arch.nMels(); m++) {
                double offset = m == 5 ? (emotions[i] == 1 ? 1 : -1) : m == 10 ? (speakers[i] == 1 ? 1 : -1) : 0;
                for (int f = 0; f < arch.frames(); f++) {
                    clips[i][m][f] = (float) (offset + 0.5 * random.nextGaussian());
                }
            }
        }
        return new Batch(clips, emotions, speakers);
    }

    private static double sum(float[] values) {
        double total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }
}
