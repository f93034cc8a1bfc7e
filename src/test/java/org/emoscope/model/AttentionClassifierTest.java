package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
        for (ParameterSpec spec : ParameterSpec.forNetwork(ARCH, EMOTIONS, SPEAKERS)) {
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
        try (AttentionClassifier.Pass pass = classifier.forward(sequence, mask)) {
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
