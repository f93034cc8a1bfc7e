package org.emoscope.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Name, shape and initialisation of one trainable array of the network. The list returned by
 * {@link #forNetwork} is the single source of truth for what the graph declares and what a model file
 * must contain.
 *
 * @param name  the array's name, also its entry name in a model file
 * @param shape array shape
 * @param fanIn  inputs per output unit, for Glorot initialisation (0 for arrays initialised to zero)
 * @param fanOut outputs per input unit, for Glorot initialisation (0 for arrays initialised to zero)
 */
record ParameterSpec(String name, long[] shape, int fanIn, int fanOut) {

    ParameterSpec {
        shape = shape.clone();
    }

    static ParameterSpec glorot(String name, int fanIn, int fanOut, long... shape) {
        return new ParameterSpec(name, shape, fanIn, fanOut);
    }

    static ParameterSpec zeros(String name, long... shape) {
        return new ParameterSpec(name, shape, 0, 0);
    }

    boolean isZeroInitialised() {
        return fanIn == 0;
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
            // A convolution is one matrix multiply over the kernel's time-shifted views laid side by side.
            specs.add(glorot(ParameterNames.convWeights(layer), kernel * channels, filters, (long) kernel * channels, filters));
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
            specs.add(glorot(ParameterNames.lstmRecurrentWeights(layer), units, 4 * units, 2, units, 4L * units));
            specs.add(zeros(ParameterNames.lstmBias(layer), 2, 4L * units));
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
