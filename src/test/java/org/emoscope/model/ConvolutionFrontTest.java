package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv1DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

class ConvolutionFrontTest {
    private static final ModelArchitecture ARCH =
            new ModelArchitecture(5, 11, List.of(6, 7, 4), List.of(3, 1, 3), 3, 4, 1, 1, 4, 0.35);
    private static final int BATCH = 2;

    @Test
    void matchesNd4jConv1dOutputAndParameterGradients() {
        Nd4j.getRandom().setSeed(7);
        Map<String, INDArray> parameters = new HashMap<>();
        for (String name : ConvolutionFront.parameterNames()) {
            ParameterSpec spec = NetworkParameters.of(ARCH, 3, 2).stream()
                    .filter(s -> s.name().equals(name)).findFirst().orElseThrow();
            parameters.put(name, Nd4j.randn(DataType.FLOAT, spec.shape()).muli(0.5));
        }
        INDArray features = Nd4j.randn(DataType.FLOAT, BATCH, ARCH.frames(), ARCH.nMels());
        // An arbitrary upstream gradient: loss = sum(output * upstream).
        INDArray upstream = Nd4j.randn(DataType.FLOAT, BATCH, ARCH.steps(), ARCH.bottleneck());

        SameDiff reference = referenceGraph(parameters, features, upstream);
        INDArray expectedOutput = reference.outputSingle(Map.of(), "out");
        StdoutSilencer.runSilently(reference::createGradFunction);
        Map<String, INDArray> expected = reference.calculateGradients(Map.of(),
                ConvolutionFront.parameterNames().toArray(String[]::new));

        ConvolutionFront front = new ConvolutionFront(ARCH, parameters);
        try (ConvolutionFront.Activations activations = front.forward(features)) {
            assertThat(activations.output().shape()).containsExactly(BATCH, ARCH.steps(), ARCH.bottleneck());
            assertThat(activations.output().equalsWithEps(expectedOutput, 1e-5)).isTrue();
            Map<String, INDArray> gradients = front.backward(activations, upstream);
            assertThat(gradients).containsOnlyKeys(ConvolutionFront.parameterNames());
            for (String name : ConvolutionFront.parameterNames()) {
                INDArray expectedGradient = expected.get(name).reshape(parameters.get(name).shape());
                assertThat(gradients.get(name).equalsWithEps(expectedGradient, 1e-4)).as(name).isTrue();
            }
            assertThat(gradients.get(ParameterNames.convWeights(0)).norm2Number().doubleValue()).isGreaterThan(0.1);
        }
    }

    @Test
    void backwardLeavesTheUpstreamGradientUntouched() {
        Map<String, INDArray> parameters = new HashMap<>();
        NetworkParameters.of(ARCH, 3, 2).forEach(s -> parameters.put(s.name(), Nd4j.rand(DataType.FLOAT, s.shape())));
        INDArray upstream = Nd4j.randn(DataType.FLOAT, BATCH, ARCH.steps(), ARCH.bottleneck());
        INDArray copy = upstream.dup();
        ConvolutionFront front = new ConvolutionFront(ARCH, parameters);
        try (ConvolutionFront.Activations activations = front.forward(Nd4j.randn(DataType.FLOAT, BATCH, ARCH.frames(), ARCH.nMels()))) {
            front.backward(activations, upstream).values().forEach(INDArray::close);
        }
        assertThat(upstream).isEqualTo(copy);
    }

    @Test
    void readsFeaturesThatAreAStridedViewAsTheirCopy() {
        Map<String, INDArray> parameters = new HashMap<>();
        NetworkParameters.of(ARCH, 3, 2).forEach(s -> parameters.put(s.name(), Nd4j.rand(DataType.FLOAT, s.shape())));
        INDArray view = Nd4j.randn(DataType.FLOAT, BATCH, ARCH.nMels(), ARCH.frames()).permute(0, 2, 1);
        ConvolutionFront front = new ConvolutionFront(ARCH, parameters);
        try (ConvolutionFront.Activations fromView = front.forward(view);
             ConvolutionFront.Activations fromCopy = front.forward(view.dup('c'))) {
            assertThat(fromView.output()).isEqualTo(fromCopy.output());
        }
    }

    /** The same front from ND4J's own conv1d op (weights [k, in, out]) and autodiff. */
    private static SameDiff referenceGraph(Map<String, INDArray> parameters, INDArray features, INDArray upstream) {
        SameDiff sd = SameDiff.create();
        SDVariable x = sd.constant(features);
        int channels = ARCH.nMels();
        for (int layer = 0; layer < ModelArchitecture.CONV_LAYERS; layer++) {
            int kernel = ARCH.convKernels().get(layer);
            int filters = ARCH.convFilters().get(layer);
            SDVariable weights = sd.var(ParameterNames.convWeights(layer),
                    parameters.get(ParameterNames.convWeights(layer)).reshape(kernel, channels, filters).dup());
            SDVariable bias = sd.var(ParameterNames.convBias(layer), parameters.get(ParameterNames.convBias(layer)).dup());
            x = sd.nn().relu(sd.cnn().conv1d(x, weights, bias, Conv1DConfig.builder().k(kernel).s(1)
                    .paddingMode(PaddingMode.VALID).dataFormat("NWC").build()), 0);
            channels = filters;
        }
        SDVariable flat = sd.reshape(x, -1, channels);
        SDVariable out = sd.nn().relu(sd.nn().linear(flat,
                sd.var(ParameterNames.BOTTLENECK_W, parameters.get(ParameterNames.BOTTLENECK_W).dup()),
                sd.var(ParameterNames.BOTTLENECK_B, parameters.get(ParameterNames.BOTTLENECK_B).dup())), 0);
        SDVariable shaped = sd.reshape("out", out, BATCH, ARCH.steps(), ARCH.bottleneck());
        sd.sum("loss", shaped.mul(sd.constant(upstream)));
        sd.setLossVariables("loss");
        return sd;
    }
}
