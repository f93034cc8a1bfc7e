package org.emoscope.model;

import java.util.Arrays;

/**
 * Name, shape and initialisation of one trainable array of the network; each block declares its own. The
 * initialisations are Keras' defaults, which the paper's model was built with.
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
}
