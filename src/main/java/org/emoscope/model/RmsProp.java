package org.emoscope.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.RmsPropUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * RMSProp with Keras' defaults (decay 0.9, epsilon 1e-7): {@code v = rho v + (1 - rho) g^2},
 * {@code w -= lr g / (sqrt(v) + eps)}. Updates parameters in place; holds one accumulator per parameter.
 * A zero gradient leaves its parameter exactly unchanged. Not thread-safe.
 */
final class RmsProp implements AutoCloseable {
    static final double DEFAULT_DECAY = 0.9;
    static final double DEFAULT_EPSILON = 1e-7;

    private final double decay;
    private final double epsilon;
    private final Map<String, INDArray> meanSquares = new HashMap<>();

    RmsProp(double decay, double epsilon) {
        this.decay = decay;
        this.epsilon = epsilon;
    }

    /** Applies one step to {@code parameter}; {@code gradient} is consumed (overwritten) in the process. */
    void apply(String name, INDArray parameter, INDArray gradient, double learningRate) {
        INDArray meanSquare = meanSquares.computeIfAbsent(name,
                n -> Nd4j.zeros(parameter.dataType(), parameter.shape()));
        // One fused native pass (the separate element-wise ops cost ~5 % of a paper-preset step): updates
        // meanSquare in place and turns the gradient into lr g / (sqrt(v) + eps).
        Nd4j.exec(new RmsPropUpdater(gradient, meanSquare, gradient, meanSquare, learningRate, decay, epsilon));
        parameter.subi(gradient);
    }

    /** The accumulators by parameter name (live arrays, not copies); empty before the first step. */
    Map<String, INDArray> accumulators() {
        return Collections.unmodifiableMap(meanSquares);
    }

    /** Replaces the accumulator of {@code name} by {@code meanSquare}, which this optimiser then owns. */
    void restore(String name, INDArray meanSquare) {
        INDArray old = meanSquares.put(name, meanSquare);
        if (old != null) {
            old.close();
        }
    }

    /** Frees the accumulators; a later {@link #apply} starts from zero again. */
    @Override
    public void close() {
        meanSquares.values().forEach(INDArray::close);
        meanSquares.clear();
    }
}
