package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The hand-written attention, pooling and heads against the same network differentiated by SameDiff. */
class AttentionClassifierTest {
    private static final ModelArchitecture ARCH =
            new ModelArchitecture(8, 12, List.of(4, 4, 4), List.of(3, 1, 3), 4, 3, 1, 2, 4, 0.35);
    private static final int BATCH = 3;
    private static final int EMOTIONS = 4;
    private static final int SPEAKERS = 5;
    private static final int[] EMOTION_LABELS = {2, 0, 3};
    private static final int[] SPEAKER_LABELS = {4, 1, 1};
    private static final double GAMMA = 0.7;
    private static final double THETA = 1.3;

    @Test
    void matchesTheSameDiffReferenceInOutputsLossesAndEveryGradient() {
        Nd4j.getRandom().setSeed(11);
        Map<String, INDArray> parameters = new HashMap<>();
        for (ParameterSpec spec : NetworkParameters.of(ARCH, EMOTIONS, SPEAKERS)) {
            if (AttentionClassifier.parameterNames().contains(spec.name())) {
                parameters.put(spec.name(), Nd4j.randn(DataType.FLOAT, spec.shape()).muli(0.7));
            }
        }
        INDArray sequence = Nd4j.randn(DataType.FLOAT, BATCH, ARCH.steps(), ARCH.sequenceWidth());
        INDArray mask = Nd4j.createFromArray(new float[][] {
                {1.5f, 0, 1.5f, 1.5f, 0, 1.5f}, {0, 1.5f, 1.5f, 1.5f, 1.5f, 0}, {1.5f, 1.5f, 0, 1.5f, 1.5f, 1.5f}});

        SameDiff reference = AttentionReferenceGraph.back(ARCH, parameters);
        StdoutSilencer.runSilently(() -> reference.createGradFunction(AttentionReferenceGraph.LSTM_OUTPUT));
        List<String> wanted = new ArrayList<>(AttentionClassifier.parameterNames());
        wanted.add(AttentionReferenceGraph.LSTM_OUTPUT);
        OutAndGrad expected = reference.calculateGradientsAndOutputs(Map.of(
                        AttentionReferenceGraph.LSTM_OUTPUT, sequence, AttentionReferenceGraph.DROPOUT_MASK, mask,
                        AttentionReferenceGraph.EMOTION_LABELS, oneHot(EMOTION_LABELS, EMOTIONS),
                        AttentionReferenceGraph.SPEAKER_LABELS, oneHot(SPEAKER_LABELS, SPEAKERS),
                        AttentionReferenceGraph.GAMMA, Nd4j.scalar(DataType.FLOAT, GAMMA),
                        AttentionReferenceGraph.THETA, Nd4j.scalar(DataType.FLOAT, THETA)),
                List.of(AttentionReferenceGraph.EMOTION_PROBABILITIES, AttentionReferenceGraph.SPEAKER_PROBABILITIES,
                        AttentionReferenceGraph.ALPHA, AttentionReferenceGraph.SELF_ATTENTION,
                        AttentionReferenceGraph.EMOTION_LOSS, AttentionReferenceGraph.SPEAKER_LOSS,
                        AttentionReferenceGraph.LOSS), wanted);
        Map<String, INDArray> outputs = expected.getOutputs();

        AttentionClassifier classifier = new AttentionClassifier(ARCH, parameters);
        try (AttentionClassifier.Pass pass = classifier.forward(sequence, mask, fullLengths(sequence))) {
            assertClose(Nd4j.create(pass.emotionProbabilities()), outputs.get(AttentionReferenceGraph.EMOTION_PROBABILITIES), 1e-5);
            assertClose(Nd4j.create(pass.speakerProbabilities()), outputs.get(AttentionReferenceGraph.SPEAKER_PROBABILITIES), 1e-5);
            assertClose(pass.alpha(), outputs.get(AttentionReferenceGraph.ALPHA), 1e-5);
            assertClose(pass.selfAttention(), outputs.get(AttentionReferenceGraph.SELF_ATTENTION), 1e-5);

            AttentionClassifier.Gradients gradients = classifier.backward(pass, EMOTION_LABELS, SPEAKER_LABELS, GAMMA, THETA);
            assertThat(gradients.losses().emotionCrossEntropy())
                    .isCloseTo(outputs.get(AttentionReferenceGraph.EMOTION_LOSS).getDouble(0), within(1e-5));
            assertThat(gradients.losses().speakerCrossEntropy())
                    .isCloseTo(outputs.get(AttentionReferenceGraph.SPEAKER_LOSS).getDouble(0), within(1e-5));
            assertThat(gradients.losses().total())
                    .isCloseTo(outputs.get(AttentionReferenceGraph.LOSS).getDouble(0), within(1e-5));
            assertThat(gradients.parameters()).containsOnlyKeys(AttentionClassifier.parameterNames());
            for (String name : AttentionClassifier.parameterNames()) {
                INDArray gradient = gradients.parameters().get(name);
                assertThat(gradient.shape()).as(name).containsExactly(parameters.get(name).shape());
                assertClose(gradient, expected.getGradients().get(name), 1e-4);
            }
            assertClose(gradients.sequence(), expected.getGradients().get(AttentionReferenceGraph.LSTM_OUTPUT), 1e-4);
            assertThat(gradients.parameters().get(ParameterNames.QUERY + "_W").norm2Number().doubleValue()).isGreaterThan(1e-3);
        }
    }

    /**
     * Masked padding: each clip of a padded batch gets the outputs it gets alone and cut to its real steps, alpha
     * and the self-attention to padded keys are exactly 0, and the gradients are the mean of the clips' own
     * (the loss is a batch mean), with exactly 0 gradient on padded steps.
     */
    @Test
    void paddedStepsChangeNothingAndGetNoGradient() {
        Nd4j.getRandom().setSeed(5);
        Map<String, INDArray> parameters = new HashMap<>();
        for (ParameterSpec spec : NetworkParameters.of(ARCH, EMOTIONS, SPEAKERS)) {
            if (AttentionClassifier.parameterNames().contains(spec.name())) {
                parameters.put(spec.name(), Nd4j.randn(DataType.FLOAT, spec.shape()).muli(0.7));
            }
        }
        int steps = ARCH.steps();
        int[] lengths = {steps, 3, 1};
        INDArray sequence = Nd4j.randn(DataType.FLOAT, BATCH, steps, ARCH.sequenceWidth());
        AttentionClassifier classifier = new AttentionClassifier(ARCH, parameters);
        Map<String, INDArray> meanOfAlone = new HashMap<>();

        try (AttentionClassifier.Pass pass = classifier.forward(sequence, Nd4j.ones(DataType.FLOAT, BATCH, ARCH.sequenceWidth()), lengths)) {
            AttentionClassifier.Gradients gradients = classifier.backward(pass, EMOTION_LABELS, SPEAKER_LABELS, GAMMA, THETA);
            for (int clip = 0; clip < BATCH; clip++) {
                int length = lengths[clip];
                INDArray alone = sequence.get(NDArrayIndex.interval(clip, clip + 1), NDArrayIndex.interval(0, length),
                        NDArrayIndex.all()).dup();
                try (AttentionClassifier.Pass single = classifier.forward(alone, Nd4j.ones(DataType.FLOAT, 1, ARCH.sequenceWidth()), new int[] {length})) {
                    assertClose(Nd4j.create(pass.emotionProbabilities()).getRow(clip),
                            Nd4j.create(single.emotionProbabilities()).getRow(0).castTo(DataType.FLOAT), 1e-5);
                    assertClose(pass.alpha().get(NDArrayIndex.point(clip), NDArrayIndex.interval(0, length)),
                            single.alpha().getRow(0), 1e-5);
                    if (length < steps) {
                        assertThat(pass.alpha().get(NDArrayIndex.point(clip), NDArrayIndex.interval(length, steps))
                                .amaxNumber().doubleValue()).as("alpha on padding").isZero();
                        assertThat(pass.selfAttention().get(NDArrayIndex.point(clip), NDArrayIndex.all(), NDArrayIndex.all(),
                                NDArrayIndex.interval(length, steps)).amaxNumber().doubleValue()).as("attention to padded keys").isZero();
                        assertThat(gradients.sequence().get(NDArrayIndex.point(clip), NDArrayIndex.interval(length, steps),
                                NDArrayIndex.all()).amaxNumber().doubleValue()).as("gradient on padding").isZero();
                    }
                    AttentionClassifier.Gradients own = classifier.backward(single, new int[] {EMOTION_LABELS[clip]},
                            new int[] {SPEAKER_LABELS[clip]}, GAMMA, THETA);
                    assertClose(gradients.sequence().get(NDArrayIndex.point(clip), NDArrayIndex.interval(0, length), NDArrayIndex.all()),
                            own.sequence().get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.all()).div(BATCH), 1e-5);
                    own.parameters().forEach((name, g) -> meanOfAlone.merge(name, g.div(BATCH), INDArray::add));
                }
            }
            for (String name : AttentionClassifier.parameterNames()) {
                assertClose(gradients.parameters().get(name), meanOfAlone.get(name), 1e-5);
            }
        }
    }

    static int[] fullLengths(INDArray sequence) {
        int[] lengths = new int[(int) sequence.size(0)];
        Arrays.fill(lengths, (int) sequence.size(1));
        return lengths;
    }

    private static void assertClose(INDArray actual, INDArray expected, double tolerance) {
        assertThat(actual.castTo(DataType.FLOAT).equalsWithEps(expected.reshape(actual.shape()), tolerance))
                .as("%s%nvs%n%s", actual, expected).isTrue();
    }

    private static INDArray oneHot(int[] labels, int classes) {
        INDArray oneHot = Nd4j.zeros(DataType.FLOAT, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            oneHot.putScalar(i, labels[i], 1.0);
        }
        return oneHot;
    }
}
