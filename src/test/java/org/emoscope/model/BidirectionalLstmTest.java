package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
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

class BidirectionalLstmTest {
    private static final int BATCH = 3;
    private static final int STEPS = 7;
    private static final int IN = 5;
    private static final int UNITS = 4;

    @Test
    void matchesNd4jLstmLayerOutputAndGradients() {
        Nd4j.getRandom().setSeed(42);
        INDArray x = Nd4j.randn(DataType.FLOAT, BATCH, STEPS, IN);
        INDArray w = Nd4j.randn(DataType.FLOAT, 2, IN, 4 * UNITS).muli(0.5);
        INDArray r = Nd4j.randn(DataType.FLOAT, 2, UNITS, 4 * UNITS).muli(0.5);
        INDArray b = Nd4j.randn(DataType.FLOAT, 2, 4 * UNITS).muli(0.5);
        // An arbitrary upstream gradient: loss = sum(output * upstream).
        INDArray upstream = Nd4j.randn(DataType.FLOAT, BATCH, STEPS, 2 * UNITS);

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
        INDArray expectedOutput = sd.outputSingle(Map.of(), "out");
        StdoutSilencer.runSilently(sd::createGradFunction);
        Map<String, INDArray> expected = sd.calculateGradients(Map.of(), "x", "W", "R", "b");

        try (BidirectionalLstm.Activations activations = BidirectionalLstm.forward(x, w, r, b)) {
            assertThat(activations.output().equalsWithEps(expectedOutput, 1e-5)).isTrue();
            BidirectionalLstm.Gradients gradients = BidirectionalLstm.backward(activations, upstream, w, r);
            assertThat(gradients.input().equalsWithEps(expected.get("x"), 1e-4)).as("dx").isTrue();
            assertThat(gradients.inputWeights().equalsWithEps(expected.get("W"), 1e-4)).as("dW").isTrue();
            assertThat(gradients.recurrentWeights().equalsWithEps(expected.get("R"), 1e-4)).as("dR").isTrue();
            assertThat(gradients.bias().equalsWithEps(expected.get("b"), 1e-4)).as("db").isTrue();
            assertThat(gradients.recurrentWeights().norm2Number().doubleValue()).isGreaterThan(0.1);
        }
    }
}
