package org.emoscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Name, shape and initialisation of one trainable array of the network. The list returned by
 * {@link #forNetwork} is the single source of truth for what the graph declares and what a model file
 * must contain. The initialisations are Keras' defaults, which the paper's model was built with.
 *
 * @param name        the array's name, also its entry name in a model file
 * @param shape       array shape
 * @param initialiser how its values start
 * @param fanIn       inputs per output unit, for Glorot initialisation (0 otherwise)
 * @param fanOut      outputs per input unit, for Glorot initialisation (0 otherwise)
 */
record ParameterSpec(String name, long[] shape, Initialiser initialiser, int fanIn, int fanOut) {

    /** How an array's values start. */
    enum Initialiser {
        /** Uniform in ±sqrt(6 / (fanIn + fanOut)). */
        GLOROT,
        ZEROS,
        /** Per leading index, a matrix with orthonormal rows or columns (Keras' {@code Orthogonal}): the
         * LSTM's recurrent weights, so the recurrence neither blows up nor dies out at the start. */
        ORTHOGONAL,
        /** LSTM biases {@code [directions, 4 units]}: 1 on the forget gate (Keras' {@code unit_forget_bias}),
         * 0 elsewhere, so the cell remembers from the first step on. */
        FORGET_GATE_ONE
    }

    ParameterSpec {
        shape = shape.clone();
    }

    static ParameterSpec glorot(String name, int fanIn, int fanOut, long... shape) {
        return new ParameterSpec(name, shape, Initialiser.GLOROT, fanIn, fanOut);
    }

    static ParameterSpec zeros(String name, long... shape) {
        return new ParameterSpec(name, shape, Initialiser.ZEROS, 0, 0);
    }

    static ParameterSpec of(String name, Initialiser initialiser, long... shape) {
        return new ParameterSpec(name, shape, initialiser, 0, 0);
    }

    @Override
    public long[] shape() {
        return shape.clone();
    }

    long length() {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    /** Every trainable array of a network with these sizes, in graph order. */
    static List<ParameterSpec> forNetwork(ModelArchitecture arch, int emotions, int speakers) {
        List<ParameterSpec> specs = new ArrayList<>();
        int channels = arch.nMels();
        for (int layer = 0; layer < ModelArchitecture.CONV_LAYERS; layer++) {
            int kernel = arch.convKernels().get(layer);
            int filters = arch.convFilters().get(layer);
            // A convolution is one matrix multiply over the kernel's time-shifted views laid side by side; its fans
            // are Keras' (kernel x channels in, kernel x filters out).
            specs.add(glorot(ParameterNames.convWeights(layer), kernel * channels, kernel * filters,
                    (long) kernel * channels, filters));
            specs.add(zeros(ParameterNames.convBias(layer), filters));
            channels = filters;
        }
        specs.add(glorot(ParameterNames.BOTTLENECK_W, channels, arch.bottleneck(), channels, arch.bottleneck()));
        specs.add(zeros(ParameterNames.BOTTLENECK_B, arch.bottleneck()));

        int units = arch.lstmUnits();
        int lstmIn = arch.bottleneck();
        for (int layer = 0; layer < arch.lstmLayers(); layer++) {
            // Bidirectional lstmLayer weights carry a leading direction axis of 2.
            specs.add(glorot(ParameterNames.lstmInputWeights(layer), lstmIn, 4 * units, 2, lstmIn, 4L * units));
            specs.add(of(ParameterNames.lstmRecurrentWeights(layer), Initialiser.ORTHOGONAL, 2, units, 4L * units));
            specs.add(of(ParameterNames.lstmBias(layer), Initialiser.FORGET_GATE_ONE, 2, 4L * units));
            lstmIn = arch.sequenceWidth();
        }

        int width = arch.sequenceWidth();
        int att = arch.attentionDim();
        for (String projection : List.of(ParameterNames.QUERY, ParameterNames.KEY, ParameterNames.VALUE)) {
            specs.add(glorot(projection + "_W", width, att, width, att));
            specs.add(zeros(projection + "_b", att));
        }
        specs.add(glorot(ParameterNames.ATTENTION_OUT_W, att, width, att, width));
        specs.add(zeros(ParameterNames.ATTENTION_OUT_B, width));
        specs.add(glorot(ParameterNames.POOLING_VECTOR, width, 1, width, 1));

        specs.add(glorot(ParameterNames.EMOTION_W, width, emotions, width, emotions));
        specs.add(zeros(ParameterNames.EMOTION_B, emotions));
        specs.add(glorot(ParameterNames.SPEAKER_W, width, speakers, width, speakers));
        specs.add(zeros(ParameterNames.SPEAKER_B, speakers));
        return List.copyOf(specs);
    }
}
