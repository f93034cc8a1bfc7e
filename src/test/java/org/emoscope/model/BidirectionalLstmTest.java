package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMActivations;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDataFormat;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDirectionMode;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMLayerConfig;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.weights.LSTMLayerWeights;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

class BidirectionalLstmTest {

    /** Random layer parameters, input and upstream gradient (loss = sum(output * upstream)). */
    private record Case(INDArray x, INDArray w, INDArray r, INDArray b, INDArray upstream) {
        static Case random(int batch, int steps, int in, int units, long seed) {
            Nd4j.getRandom().setSeed(seed);
            return new Case(
                    Nd4j.randn(DataType.FLOAT, batch, steps, in),
                    Nd4j.randn(DataType.FLOAT, 2, in, 4 * units).muli(0.5),
                    Nd4j.randn(DataType.FLOAT, 2, units, 4 * units).muli(0.5),
                    Nd4j.randn(DataType.FLOAT, 2, 4 * units).muli(0.5),
                    Nd4j.randn(DataType.FLOAT, batch, steps, 2 * units));
        }

        int[] fullLengths() {
            int[] lengths = new int[(int) x.size(0)];
            Arrays.fill(lengths, (int) x.size(1));
            return lengths;
        }
    }

    /** Output and the four gradients, copied to Java arrays. */
    private record Result(float[] output, float[] input, float[] inputWeights, float[] recurrentWeights, float[] bias) {
    }

    /** ND4J's own bidirectional lstmLayer on {@code x}: output and the gradients of sum(output * upstream). */
    private static Map<String, INDArray> reference(INDArray x, INDArray w, INDArray r, INDArray b, INDArray upstream) {
        SameDiff sd = SameDiff.create();
        SDVariable input = sd.var("x", x);
        LSTMLayerConfig config = LSTMLayerConfig.builder()
                .lstmdataformat(LSTMDataFormat.NTS).directionMode(LSTMDirectionMode.BIDIR_CONCAT)
                .gateAct(LSTMActivations.SIGMOID).cellAct(LSTMActivations.TANH).outAct(LSTMActivations.TANH)
                .retFullSequence(true).retLastH(false).retLastC(false).build();
        SDVariable out = sd.rnn().lstmLayer(input, LSTMLayerWeights.builder()
                .weights(sd.var("W", w)).rWeights(sd.var("R", r)).bias(sd.var("b", b)).build(), config)[0];
        out.rename("out");
        sd.sum("loss", out.mul(sd.constant(upstream)));
        sd.setLossVariables("loss");
        INDArray output = sd.outputSingle(Map.of(), "out");
        StdoutSilencer.runSilently(sd::createGradFunction);
        Map<String, INDArray> gradients = new HashMap<>(sd.calculateGradients(Map.of(), "x", "W", "R", "b"));
        gradients.put("out", output);
        return gradients;
    }

    @ParameterizedTest(name = "batch {0}, steps {1}, in {2}, units {3}")
    @CsvSource({
            "3, 7, 5, 4",
            "1, 1, 3, 5", // one clip, one step: no recurrence at all
            "2, 1, 4, 3",
            "1, 6, 2, 6", // units not a multiple of four
            "2, 9, 3, 2"})
    void matchesNd4jLstmLayerOutputAndGradients(int batch, int steps, int in, int units) {
        Case c = Case.random(batch, steps, in, units, 42);
        Map<String, INDArray> expected = reference(c.x(), c.w(), c.r(), c.b(), c.upstream());

        try (BidirectionalLstm.Activations activations = BidirectionalLstm.forward(c.x(), c.w(), c.r(), c.b(), c.fullLengths())) {
            assertThat(activations.output().equalsWithEps(expected.get("out"), 1e-5)).isTrue();
            BidirectionalLstm.Gradients gradients = BidirectionalLstm.backward(activations, c.upstream(), c.w(), c.r());
            assertThat(gradients.input().equalsWithEps(expected.get("x"), 1e-4)).as("dx").isTrue();
            assertThat(gradients.inputWeights().equalsWithEps(expected.get("W"), 1e-4)).as("dW").isTrue();
            assertThat(gradients.recurrentWeights().equalsWithEps(expected.get("R"), 1e-4)).as("dR").isTrue();
            assertThat(gradients.bias().equalsWithEps(expected.get("b"), 1e-4)).as("db").isTrue();
            if (steps > 1) {
                assertThat(gradients.recurrentWeights().norm2Number().doubleValue()).isGreaterThan(0.1);
            } else {
                assertThat(gradients.recurrentWeights().norm2Number().doubleValue()).isZero();
            }
        }
    }

    /**
     * With lengths, each clip is computed as if it were alone and only its real steps long (ND4J's layer on the
     * cut sequence is the reference): the backward direction starts at the clip's last real step, padded steps
     * output exactly 0 and get exactly 0 gradient, and the weight gradients are the clips' sums.
     */
    @Test
    void maskedClipsEqualTheLayerOnTheirRealStepsAlone() {
        int steps = 9;
        int[] lengths = {9, 4, 1};
        Case c = Case.random(lengths.length, steps, 3, 5, 11);
        INDArray dW = Nd4j.zeros(DataType.FLOAT, c.w().shape());
        INDArray dR = Nd4j.zeros(DataType.FLOAT, c.r().shape());
        INDArray db = Nd4j.zeros(DataType.FLOAT, c.b().shape());

        try (BidirectionalLstm.Activations activations = BidirectionalLstm.forward(c.x(), c.w(), c.r(), c.b(), lengths)) {
            BidirectionalLstm.Gradients gradients = BidirectionalLstm.backward(activations, c.upstream(), c.w(), c.r());
            for (int clip = 0; clip < lengths.length; clip++) {
                INDArrayIndex real = NDArrayIndex.interval(0, lengths[clip]);
                INDArrayIndex one = NDArrayIndex.interval(clip, clip + 1);
                Map<String, INDArray> alone = reference(c.x().get(one, real, NDArrayIndex.all()).dup(), c.w(), c.r(),
                        c.b(), c.upstream().get(one, real, NDArrayIndex.all()).dup());
                assertThat(activations.output().get(one, real, NDArrayIndex.all()).equalsWithEps(alone.get("out"), 1e-5))
                        .as("output of clip %d", clip).isTrue();
                assertThat(gradients.input().get(one, real, NDArrayIndex.all()).equalsWithEps(alone.get("x"), 1e-4))
                        .as("dx of clip %d", clip).isTrue();
                if (lengths[clip] < steps) {
                    INDArrayIndex padding = NDArrayIndex.interval(lengths[clip], steps);
                    assertThat(activations.output().get(one, padding, NDArrayIndex.all()).amaxNumber().doubleValue())
                            .as("output on padding").isZero();
                    assertThat(gradients.input().get(one, padding, NDArrayIndex.all()).amaxNumber().doubleValue())
                            .as("dx on padding").isZero();
                }
                dW.addi(alone.get("W"));
                dR.addi(alone.get("R"));
                db.addi(alone.get("b"));
            }
            assertThat(gradients.inputWeights().equalsWithEps(dW, 1e-4)).as("dW").isTrue();
            assertThat(gradients.recurrentWeights().equalsWithEps(dR, 1e-4)).as("dR").isTrue();
            assertThat(gradients.bias().equalsWithEps(db, 1e-4)).as("db").isTrue();
        }
    }

    @Test
    void repeatedPassesGiveBitIdenticalResults() {
        Case c = Case.random(5, 40, 16, 12, 7);

        Result first = run(c);
        Result second = run(c);

        assertThat(second.output()).containsExactly(first.output());
        assertThat(second.input()).containsExactly(first.input());
        assertThat(second.inputWeights()).containsExactly(first.inputWeights());
        assertThat(second.recurrentWeights()).containsExactly(first.recurrentWeights());
        assertThat(second.bias()).containsExactly(first.bias());
    }

    @Test
    void interruptedCallerStillGetsFullResultAndKeepsItsInterrupt() {
        Case c = Case.random(4, 30, 8, 8, 3);
        Result expected = run(c);

        Thread.currentThread().interrupt();
        Result interrupted;
        boolean stillInterrupted;
        try {
            interrupted = run(c);
        } finally {
            stillInterrupted = Thread.interrupted();
        }

        assertThat(stillInterrupted).isTrue();
        assertThat(interrupted.output()).containsExactly(expected.output());
        assertThat(interrupted.input()).containsExactly(expected.input());
        assertThat(interrupted.recurrentWeights()).containsExactly(expected.recurrentWeights());
    }

    private static Result run(Case c) {
        try (BidirectionalLstm.Activations activations = BidirectionalLstm.forward(c.x(), c.w(), c.r(), c.b(), c.fullLengths())) {
            BidirectionalLstm.Gradients gradients = BidirectionalLstm.backward(activations, c.upstream(), c.w(), c.r());
            try (INDArray input = gradients.input(); INDArray inputWeights = gradients.inputWeights();
                 INDArray recurrentWeights = gradients.recurrentWeights(); INDArray bias = gradients.bias()) {
                return new Result(floats(activations.output()), floats(input), floats(inputWeights),
                        floats(recurrentWeights), floats(bias));
            }
        }
    }

    private static float[] floats(INDArray array) {
        try (INDArray contiguous = array.dup('c')) {
            return contiguous.data().asFloat();
        }
    }
}
