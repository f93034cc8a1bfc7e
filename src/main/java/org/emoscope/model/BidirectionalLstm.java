package org.emoscope.model;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One bidirectional LSTM layer with hand-written backpropagation through time. It computes what ND4J's
 * {@code lstmLayer} op computes in {@code BIDIR_CONCAT} mode from the same weight arrays: zero initial
 * state, gate order i, f, g, o, sigmoid gates, tanh cell and output activations, forward units first.
 *
 * <p>Why not {@code lstmLayer}: in ND4J 1.0.0-M2.1 its gradient op ({@code lstmLayer_bp}) leaks its
 * native intermediates on every call (about 25 MB per 128-unit layer at batch 8 and 252 steps), and an
 * LSTM unrolled into basic SameDiff ops is several times slower. Here every array is allocated per call
 * and closed explicitly, so memory stays flat.
 *
 * <p>The input projections of all steps are one matrix multiply per direction; only the recurrent product
 * runs per step (as a BLAS call into a view); the gate arithmetic runs in Java over the arrays' native
 * buffers. Deterministic for a given BLAS thread count. Stateless; each {@link Activations} belongs to one thread.
 */
final class BidirectionalLstm {
    private BidirectionalLstm() {
    }

    /** Forward activations of one layer, kept for {@link #backward}; owns (and closes) its arrays. */
    static final class Activations implements AutoCloseable {
        private final INDArray timeMajorInput; // [T, B, In]
        private final INDArray[] gates; // per direction [T, B, 4H], after activation
        private final INDArray[] cells; // per direction [T, B, H]
        private final INDArray[] hidden; // per direction [T, B, H]
        private final INDArray output; // [B, T, 2H]

        private Activations(INDArray timeMajorInput, INDArray[] gates, INDArray[] cells, INDArray[] hidden,
                            INDArray output) {
            this.timeMajorInput = timeMajorInput;
            this.gates = gates;
            this.cells = cells;
            this.hidden = hidden;
            this.output = output;
        }

        /** The layer's output {@code [batch, steps, 2 * units]}; closed with this object. */
        INDArray output() {
            return output;
        }

        private long steps() {
            return timeMajorInput.size(0);
        }

        private long batch() {
            return timeMajorInput.size(1);
        }

        private INDArray flatInput() {
            return timeMajorInput.reshape('c', steps() * batch(), timeMajorInput.size(2));
        }

        @Override
        public void close() {
            timeMajorInput.close();
            for (int d = 0; d < 2; d++) {
                gates[d].close();
                cells[d].close();
                hidden[d].close();
            }
            output.close();
        }
    }

    /** Gradients of one layer; the caller closes the arrays. */
    record Gradients(INDArray input, INDArray inputWeights, INDArray recurrentWeights, INDArray bias) {
    }

    /**
     * @param input            {@code [batch, steps, in]}
     * @param inputWeights     {@code [2, in, 4 * units]}, direction 0 forward
     * @param recurrentWeights {@code [2, units, 4 * units]}
     * @param bias             {@code [2, 4 * units]}
     */
    static Activations forward(INDArray input, INDArray inputWeights, INDArray recurrentWeights, INDArray bias) {
        long batch = input.size(0);
        long steps = input.size(1);
        long in = input.size(2);
        long units = recurrentWeights.size(1);
        INDArray timeMajor = input.permute(1, 0, 2).dup('c');
        INDArray flatInput = timeMajor.reshape('c', steps * batch, in);
        INDArray[] gates = new INDArray[2];
        INDArray[] cells = new INDArray[2];
        INDArray[] hidden = new INDArray[2];
        for (int d = 0; d < 2; d++) {
            gates[d] = Nd4j.create(DataType.FLOAT, steps, batch, 4 * units);
            cells[d] = Nd4j.create(DataType.FLOAT, steps, batch, units);
            hidden[d] = Nd4j.create(DataType.FLOAT, steps, batch, units);
            INDArray flatGates = gates[d].reshape('c', steps * batch, 4 * units);
            Nd4j.gemm(flatInput, inputWeights.slice(d), flatGates, false, false, 1.0, 0.0);
            flatGates.addiRowVector(bias.slice(d));
            runForward(gates[d], cells[d], hidden[d], recurrentWeights.slice(d), d == 1, batch, steps, units);
        }
        INDArray output;
        try (INDArray concatenated = Nd4j.concat(2, hidden[0], hidden[1])) {
            output = concatenated.permute(1, 0, 2).dup('c');
        }
        return new Activations(timeMajor, gates, cells, hidden, output);
    }

    private static void runForward(INDArray gates, INDArray cells, INDArray hidden, INDArray recurrent,
                                   boolean reversed, long batch, long steps, long units) {
        FloatBuffer z = gates.data().asNioFloat();
        FloatBuffer c = cells.data().asNioFloat();
        FloatBuffer h = hidden.data().asNioFloat();
        int b4 = Math.toIntExact(4 * units);
        int hu = Math.toIntExact(units);
        int previous = -1;
        for (int s = 0; s < steps; s++) {
            int t = (int) (reversed ? steps - 1 - s : s);
            if (previous >= 0) {
                Nd4j.gemm(hidden.slice(previous), recurrent, gates.slice(t), false, false, 1.0, 1.0);
            }
            for (int bi = 0; bi < batch; bi++) {
                int zBase = (int) ((t * batch + bi) * b4);
                int cBase = (int) ((t * batch + bi) * hu);
                int pBase = previous < 0 ? -1 : (int) ((previous * batch + bi) * hu);
                for (int k = 0; k < hu; k++) {
                    float i = sigmoid(z.get(zBase + k));
                    float f = sigmoid(z.get(zBase + hu + k));
                    float g = (float) Math.tanh(z.get(zBase + 2 * hu + k));
                    float o = sigmoid(z.get(zBase + 3 * hu + k));
                    z.put(zBase + k, i);
                    z.put(zBase + hu + k, f);
                    z.put(zBase + 2 * hu + k, g);
                    z.put(zBase + 3 * hu + k, o);
                    float cPrev = pBase < 0 ? 0f : c.get(pBase + k);
                    float cell = f * cPrev + i * g;
                    c.put(cBase + k, cell);
                    h.put(cBase + k, o * (float) Math.tanh(cell));
                }
            }
            previous = t;
        }
    }

    private static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /**
     * Backpropagates {@code outputGradient} ({@code [batch, steps, 2 * units]}) through the layer whose
     * forward pass produced {@code activations}.
     */
    static Gradients backward(Activations activations, INDArray outputGradient, INDArray inputWeights,
                              INDArray recurrentWeights) {
        long batch = activations.batch();
        long steps = activations.steps();
        long units = recurrentWeights.size(1);
        long in = inputWeights.size(1);
        INDArray flatInput = activations.flatInput();
        INDArray inputGradientTimeMajor = Nd4j.zeros(DataType.FLOAT, steps, batch, in);
        INDArray flatInputGradient = inputGradientTimeMajor.reshape('c', steps * batch, in);
        INDArray weightGradient = Nd4j.create(DataType.FLOAT, inputWeights.shape());
        INDArray recurrentGradient = Nd4j.create(DataType.FLOAT, recurrentWeights.shape());
        INDArray biasGradient = Nd4j.create(DataType.FLOAT, 2, 4 * units);
        try (INDArray upstream = outputGradient.permute(1, 0, 2).dup('c');
             INDArray gateGradient = Nd4j.create(DataType.FLOAT, steps, batch, 4 * units);
             INDArray previousHidden = Nd4j.zeros(DataType.FLOAT, steps, batch, units)) {
            INDArray flatGateGradient = gateGradient.reshape('c', steps * batch, 4 * units);
            INDArray flatPreviousHidden = previousHidden.reshape('c', steps * batch, units);
            for (int d = 0; d < 2; d++) {
                INDArray r = recurrentWeights.slice(d);
                runBackward(activations, upstream, gateGradient, r, d, batch, steps, units);
                Nd4j.gemm(flatInput, flatGateGradient, weightGradient.slice(d), true, false, 1.0, 0.0);
                try (INDArray summed = flatGateGradient.sum(0)) {
                    biasGradient.slice(d).assign(summed);
                }
                shiftedHidden(activations.hidden[d], previousHidden, d == 1, steps);
                Nd4j.gemm(flatPreviousHidden, flatGateGradient, recurrentGradient.slice(d), true, false, 1.0, 0.0);
                Nd4j.gemm(flatGateGradient, inputWeights.slice(d), flatInputGradient, false, true, 1.0, 1.0);
            }
        }
        INDArray inputGradient;
        try (inputGradientTimeMajor) {
            inputGradient = inputGradientTimeMajor.permute(1, 0, 2).dup('c');
        }
        return new Gradients(inputGradient, weightGradient, recurrentGradient, biasGradient);
    }

    /** The state each step saw before it: h[t-1] forward, h[t+1] backward, zero at the direction's start. */
    private static void shiftedHidden(INDArray hidden, INDArray previous, boolean reversed, long steps) {
        previous.assign(0);
        if (steps < 2) {
            return;
        }
        if (reversed) {
            previous.get(NDArrayIndex.interval(0, steps - 1)).assign(hidden.get(NDArrayIndex.interval(1, steps)));
        } else {
            previous.get(NDArrayIndex.interval(1, steps)).assign(hidden.get(NDArrayIndex.interval(0, steps - 1)));
        }
    }

    private static void runBackward(Activations activations, INDArray upstream, INDArray gateGradient,
                                    INDArray recurrent, int direction, long batch, long steps, long units) {
        FloatBuffer a = activations.gates[direction].data().asNioFloat();
        FloatBuffer c = activations.cells[direction].data().asNioFloat();
        FloatBuffer up = upstream.data().asNioFloat();
        FloatBuffer dz = gateGradient.data().asNioFloat();
        boolean reversed = direction == 1;
        int hu = Math.toIntExact(units);
        int b4 = 4 * hu;
        int stateSize = Math.toIntExact(batch * units);
        float[] cellGradientNext = new float[stateSize];
        try (INDArray recurrentGradient = Nd4j.zeros(DataType.FLOAT, batch, units)) {
            FloatBuffer dhRecurrent = recurrentGradient.data().asNioFloat();
            for (long s = steps - 1; s >= 0; s--) {
                int t = (int) (reversed ? steps - 1 - s : s);
                int previous = s == 0 ? -1 : (reversed ? t + 1 : t - 1);
                for (int bi = 0; bi < batch; bi++) {
                    int zBase = (int) ((t * batch + bi) * b4);
                    int cBase = (int) ((t * batch + bi) * hu);
                    int pBase = previous < 0 ? -1 : (int) ((previous * batch + bi) * hu);
                    int upBase = (int) ((t * batch + bi) * 2 * hu + direction * hu);
                    for (int k = 0; k < hu; k++) {
                        float i = a.get(zBase + k);
                        float f = a.get(zBase + hu + k);
                        float g = a.get(zBase + 2 * hu + k);
                        float o = a.get(zBase + 3 * hu + k);
                        float tanhCell = (float) Math.tanh(c.get(cBase + k));
                        float cPrev = pBase < 0 ? 0f : c.get(pBase + k);
                        int state = bi * hu + k;
                        float dh = up.get(upBase + k) + dhRecurrent.get(state);
                        float dCell = dh * o * (1 - tanhCell * tanhCell) + cellGradientNext[state];
                        dz.put(zBase + k, dCell * g * i * (1 - i));
                        dz.put(zBase + hu + k, dCell * cPrev * f * (1 - f));
                        dz.put(zBase + 2 * hu + k, dCell * i * (1 - g * g));
                        dz.put(zBase + 3 * hu + k, dh * tanhCell * o * (1 - o));
                        cellGradientNext[state] = dCell * f;
                    }
                }
                if (previous >= 0) {
                    Nd4j.gemm(gateGradient.slice(t), recurrent, recurrentGradient, false, true, 1.0, 0.0);
                }
            }
        }
    }
}
