package org.emoscope.model;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One bidirectional LSTM layer with hand-written backpropagation through time. It computes what ND4J's
 * {@code lstmLayer} op computes in {@code BIDIR_CONCAT} mode from the same weight arrays: zero initial
 * state, gate order i, f, g, o, sigmoid gates, tanh cell and output activations, forward units first.
 *
 * <p>Why not {@code lstmLayer}: in ND4J 1.0.0-M2.1 its gradient op ({@code lstmLayer_bp}) leaks its
 * native intermediates on every call (about 25 MB per 128-unit layer at batch 8 and 252 steps), and an
 * LSTM unrolled into basic SameDiff ops is several times slower.
 *
 * <p>How: the products that span all steps (input projection, weight and input gradients) are one GEMM
 * each ({@link Gemm}), on the calling thread. The recurrence (per step a {@code [batch, units] x [units,
 * 4 units]} product plus the gate arithmetic, forward and backward) runs in plain Java over {@code float[]}
 * copies, moved in and out of ND4J once per call: per step the product is too small for a BLAS call to pay
 * off, the Java inner loop is a contiguous {@code y += a * x} that the JIT vectorises, and so are the gate
 * functions ({@link GateFunctions}: float arithmetic only, no {@code Math.exp}). The two directions are independent,
 * so direction 0's recurrence runs on a worker thread while the calling thread runs direction 1's; the
 * recurrence never touches ND4J (its native code is not safe to call from two threads at once) and each
 * direction writes only its own arrays, so the results do not depend on scheduling. All arrays are
 * batch-major ({@code [batch, steps, ...]}) like the caller's, so nothing is transposed. At batch 8,
 * 252 steps, 512 inputs and 128 units this takes about two thirds of the time of the previous version
 * (per-step BLAS calls and gate loops over the native buffers), measured on two busy cores.
 *
 * <p>Deterministic: the same inputs give bit-identical results for a given BLAS thread count, with or
 * without the worker. Memory stays flat: every INDArray is allocated per call and closed; the recurrence
 * state (about 14 MB per layer at the sizes above) lives on the Java heap and goes with its
 * {@link Activations}. Stateless apart from the shared worker pool; called from one thread at a time,
 * like the rest of ND4J; each {@link Activations} belongs to that thread.
 */
final class BidirectionalLstm {
    /** Runs one direction's recurrence beside the calling thread; threads are made on demand, daemon, and
     * end after a minute idle, so nothing stays behind. Tasks never call ND4J. */
    private static final ExecutorService DIRECTION_WORKERS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "emoscope-lstm-direction");
        thread.setDaemon(true);
        return thread;
    });
    private static final boolean PARALLEL = Runtime.getRuntime().availableProcessors() > 1;

    private BidirectionalLstm() {
    }

    /** Layer {@code layer}'s trainable arrays, each with a leading direction axis of 2 (forward first). */
    static List<ParameterSpec> parameters(int layer, int inputs, int units) {
        return List.of(
                ParameterSpec.glorot(ParameterNames.lstmInputWeights(layer), inputs, 4 * units, 2, inputs, 4L * units),
                ParameterSpec.of(ParameterNames.lstmRecurrentWeights(layer), ParameterSpec.Initialiser.ORTHOGONAL,
                        2, units, 4L * units),
                ParameterSpec.of(ParameterNames.lstmBias(layer), ParameterSpec.Initialiser.FORGET_GATE_ONE, 2, 4L * units));
    }

    /** Forward FLOPs of one layer for one clip: two directions, four gates, each over [input, previous output]. */
    static double forwardFlops(int steps, int inputs, int units) {
        return 2.0 * 2 * steps * 4.0 * units * (inputs + units);
    }

    /** Forward activations of one layer, kept for {@link #backward}; owns (and closes) its arrays. */
    static final class Activations implements AutoCloseable {
        private final INDArray input; // [B, T, In], a copy
        private final Recurrence[] directions;
        private final INDArray output; // [B, T, 2H]

        private Activations(INDArray input, Recurrence[] directions, INDArray output) {
            this.input = input;
            this.directions = directions;
            this.output = output;
        }

        /** The layer's output {@code [batch, steps, 2 * units]}; closed with this object. */
        INDArray output() {
            return output;
        }

        @Override
        public void close() {
            input.close();
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
     * @param lengths          per clip, how many leading steps are real (1 … steps): both directions run over
     *                         those only (the backward one starts at the last real step); the output and every
     *                         gradient are exactly 0 on the steps after them
     */
    static Activations forward(INDArray input, INDArray inputWeights, INDArray recurrentWeights, INDArray bias,
                               int[] lengths) {
        int batch = Math.toIntExact(input.size(0));
        int steps = Math.toIntExact(input.size(1));
        int in = Math.toIntExact(input.size(2));
        int units = Math.toIntExact(recurrentWeights.size(1));
        Shape shape = new Shape(batch, steps, units, lengths.clone());
        for (int length : lengths) {
            if (length < 1 || length > steps) {
                throw new IllegalArgumentException("a clip's length must be 1.." + steps + " steps, got " + length);
            }
        }
        if (lengths.length != batch) {
            throw new IllegalArgumentException(lengths.length + " lengths for a batch of " + batch);
        }
        float[] recurrent = Tensors.flat(recurrentWeights);
        float[] biases = Tensors.flat(bias);
        float[] output = new float[batch * steps * 2 * units];
        Recurrence[] directions = new Recurrence[2];
        INDArray inputCopy = input.dup('c');
        long[] gatesShape = {(long) batch * steps, 4L * units};
        try (INDArray flatGates = Nd4j.createUninitialized(DataType.FLOAT, gatesShape, 'c')) {
            INDArray flatInput = inputCopy.reshape('c', (long) batch * steps, in);
            for (int d = 0; d < 2; d++) {
                Gemm.into(flatInput, false, inputWeights.slice(d), false, flatGates, 1f, 0f);
                directions[d] = new Recurrence(shape, d, Tensors.flat(flatGates));
            }
            bothDirections(d -> directions[d].forward(recurrent, biases, output));
        } catch (RuntimeException | Error e) {
            inputCopy.close();
            throw e;
        }
        return new Activations(inputCopy, directions, Tensors.array(output, batch, steps, 2L * units));
    }

    /**
     * Backpropagates {@code outputGradient} ({@code [batch, steps, 2 * units]}) through the layer whose
     * forward pass produced {@code activations}.
     */
    static Gradients backward(Activations activations, INDArray outputGradient, INDArray inputWeights,
                              INDArray recurrentWeights) {
        Shape shape = activations.directions[0].shape;
        long rows = (long) shape.batch * shape.steps;
        long units = shape.units;
        long in = inputWeights.size(1);
        float[] upstream = Tensors.flat(outputGradient);
        float[] recurrent = Tensors.flat(recurrentWeights);
        float[][] gateGradients = new float[2][];
        float[][] previousHidden = new float[2][];
        float[] biasGradient = new float[2 * 4 * shape.units];
        INDArray flatInput = activations.input.reshape('c', rows, in);
        INDArray inputGradient = Nd4j.create(DataType.FLOAT, shape.batch, shape.steps, in);
        INDArray weightGradient = Nd4j.create(DataType.FLOAT, inputWeights.shape());
        INDArray recurrentGradient = Nd4j.create(DataType.FLOAT, recurrentWeights.shape());
        try {
            INDArray flatInputGradient = inputGradient.reshape('c', rows, in);
            bothDirections(d -> {
                Recurrence direction = activations.directions[d];
                gateGradients[d] = direction.backward(upstream, recurrent);
                previousHidden[d] = direction.previousHidden();
                direction.sumRows(gateGradients[d], biasGradient);
            });
            for (int d = 0; d < 2; d++) {
                try (INDArray gates = Tensors.array(gateGradients[d], rows, 4 * units);
                     INDArray previous = Tensors.array(previousHidden[d], rows, units)) {
                    Gemm.into(flatInput, true, gates, false, weightGradient.slice(d), 1f, 0f);
                    Gemm.into(previous, true, gates, false, recurrentGradient.slice(d), 1f, 0f);
                    Gemm.into(gates, false, inputWeights.slice(d), true, flatInputGradient, 1f, d == 0 ? 0f : 1f);
                }
            }
        } catch (RuntimeException | Error e) {
            inputGradient.close();
            weightGradient.close();
            recurrentGradient.close();
            throw e;
        }
        INDArray biasArray = Tensors.array(biasGradient, 2, 4 * units);
        return new Gradients(inputGradient, weightGradient, recurrentGradient, biasArray);
    }

    /**
     * Runs {@code recurrence} (pure Java, no ND4J) for direction 0 on a worker thread and for direction 1 on this
     * one, or both here when there is one core. Overlapping the ND4J products with the worker as well was
     * measured not to help on two cores.
     */
    private static void bothDirections(IntConsumer recurrence) {
        if (!PARALLEL) {
            recurrence.accept(0);
            recurrence.accept(1);
            return;
        }
        Future<?> worker = DIRECTION_WORKERS.submit(() -> recurrence.accept(0));
        try {
            recurrence.accept(1);
        } finally {
            awaitUninterruptibly(worker);
        }
    }

    /** Waits for {@code task} even if interrupted (it writes arrays this call returns), then rethrows its failure. */
    private static void awaitUninterruptibly(Future<?> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    task.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @param lengths real steps per clip of the batch */
    private record Shape(int batch, int steps, int units, int[] lengths) {
        int gates() {
            return 4 * units;
        }
    }

    /**
     * One direction's recurrence in plain Java (no ND4J: it may run on a worker thread). The stored arrays are
     * flat and batch-major: element {@code (b, t, k)} of a {@code [batch, steps, n]} array is at
     * {@code (b * steps + t) * n + k}. The per-step product works on row arrays ({@code float[batch][n]}):
     * C2 in JDK 17 vectorises {@code y[j] += a * x[j]} only when both arrays are indexed from the same
     * offset, which flat arrays at different row offsets are not (measured: 2x slower).
     */
    private static final class Recurrence {
        private final Shape shape;
        private final int direction;
        private final boolean reversed;
        private final float[] gates; // [B, T, 4H]: the input projection, after forward() the activated gates
        private final float[] cells; // [B, T, H]
        private final float[] tanhCells; // [B, T, H]
        private final float[] hidden; // [B, T, H]

        Recurrence(Shape shape, int direction, float[] projectedInput) {
            this.shape = shape;
            this.direction = direction;
            this.reversed = direction == 1;
            this.gates = projectedInput;
            int states = shape.batch * shape.steps * shape.units;
            this.cells = new float[states];
            this.tanhCells = new float[states];
            this.hidden = new float[states];
        }

        /** Clip {@code b}'s step processed {@code s}-th: {@code s} forward, {@code length - 1 - s} backward; -1 when
         * the clip has fewer real steps (then nothing is computed for it). */
        private int step(int b, int s) {
            int length = shape.lengths[b];
            if (s < 0 || s >= length) {
                return -1;
            }
            return reversed ? length - 1 - s : s;
        }

        /** Activates the gates in place and fills the cells, the hidden state and this direction's half of
         * {@code output} ({@code [B, T, 2H]}). {@code recurrent} is {@code [2, H, 4H]}, {@code biases}
         * {@code [2, 4H]}. */
        void forward(float[] recurrent, float[] biases, float[] output) {
            int units = shape.units;
            int width = shape.gates();
            float[][] weights = rows(recurrent, direction * units, units, width);
            float[] bias = Arrays.copyOfRange(biases, direction * width, (direction + 1) * width);
            float[][] preActivation = new float[shape.batch][width];
            float[][] previousHidden = new float[shape.batch][units]; // zero before the first step
            float[][] previousCells = new float[shape.batch][units];
            float[] inputGate = new float[units];
            float[] forgetGate = new float[units];
            float[] candidate = new float[units];
            float[] outputGate = new float[units];
            float[] tanhCell = new float[units];
            for (int s = 0; s < shape.steps; s++) {
                for (int b = 0; b < shape.batch; b++) {
                    int t = step(b, s);
                    float[] z = preActivation[b];
                    if (t < 0) {
                        Arrays.fill(z, 0f);
                        continue;
                    }
                    System.arraycopy(gates, row(b, t) * width, z, 0, width);
                    for (int j = 0; j < width; j++) {
                        z[j] += bias[j];
                    }
                }
                if (s > 0) {
                    addProduct(previousHidden, weights, preActivation);
                }
                for (int b = 0; b < shape.batch; b++) {
                    int t = step(b, s);
                    if (t < 0) {
                        continue;
                    }
                    float[] z = preActivation[b];
                    GateFunctions.sigmoid(z, 0, 2 * units); // i, f
                    GateFunctions.tanh(z, 2 * units, 3 * units); // g
                    GateFunctions.sigmoid(z, 3 * units, width); // o
                    System.arraycopy(z, 0, gates, row(b, t) * width, width);
                    // One gate per row array, so that every loop below indexes its arrays from 0 and vectorises.
                    System.arraycopy(z, 0, inputGate, 0, units);
                    System.arraycopy(z, units, forgetGate, 0, units);
                    System.arraycopy(z, 2 * units, candidate, 0, units);
                    System.arraycopy(z, 3 * units, outputGate, 0, units);
                    float[] c = previousCells[b];
                    float[] h = previousHidden[b];
                    for (int k = 0; k < units; k++) {
                        c[k] = forgetGate[k] * c[k] + inputGate[k] * candidate[k];
                        tanhCell[k] = GateFunctions.tanh(c[k]);
                        h[k] = outputGate[k] * tanhCell[k];
                    }
                    int stateBase = row(b, t) * units;
                    System.arraycopy(c, 0, cells, stateBase, units);
                    System.arraycopy(tanhCell, 0, tanhCells, stateBase, units);
                    System.arraycopy(h, 0, hidden, stateBase, units);
                    System.arraycopy(h, 0, output, row(b, t) * 2 * units + direction * units, units);
                }
            }
        }

        /** The gradient of the pre-activation gates {@code [B, T, 4H]} given the layer's output gradient
         * {@code upstream} ({@code [B, T, 2H]}); {@code recurrent} is {@code [2, H, 4H]}. */
        float[] backward(float[] upstream, float[] recurrent) {
            int units = shape.units;
            int width = shape.gates();
            float[][] transposed = transposedRows(recurrent);
            float[] gateGradient = new float[gates.length];
            float[][] stepGateGradient = new float[shape.batch][width];
            float[][] hiddenGradient = new float[shape.batch][units]; // through the step processed after this one
            float[][] cellGradient = new float[shape.batch][units];
            // One gate per row array, so that the gradient loop indexes all its arrays from 0 and vectorises.
            float[] inputGate = new float[units];
            float[] forgetGate = new float[units];
            float[] candidate = new float[units];
            float[] outputGate = new float[units];
            float[] tanhCell = new float[units];
            float[] hiddenUpstream = new float[units];
            float[] previousCell = new float[units];
            float[] dInput = new float[units];
            float[] dForget = new float[units];
            float[] dCandidate = new float[units];
            float[] dOutput = new float[units];
            for (int s = shape.steps - 1; s >= 0; s--) {
                for (int b = 0; b < shape.batch; b++) {
                    float[] dz = stepGateGradient[b];
                    int t = step(b, s);
                    if (t < 0) {
                        Arrays.fill(dz, 0f); // no step: nothing flows back through the recurrence either
                        continue;
                    }
                    int previous = step(b, s - 1);
                    int gateBase = row(b, t) * width;
                    System.arraycopy(gates, gateBase, inputGate, 0, units);
                    System.arraycopy(gates, gateBase + units, forgetGate, 0, units);
                    System.arraycopy(gates, gateBase + 2 * units, candidate, 0, units);
                    System.arraycopy(gates, gateBase + 3 * units, outputGate, 0, units);
                    System.arraycopy(tanhCells, row(b, t) * units, tanhCell, 0, units);
                    System.arraycopy(upstream, row(b, t) * 2 * units + direction * units, hiddenUpstream, 0, units);
                    if (previous < 0) {
                        Arrays.fill(previousCell, 0f);
                    } else {
                        System.arraycopy(cells, row(b, previous) * units, previousCell, 0, units);
                    }
                    float[] dhNext = hiddenGradient[b];
                    float[] dcNext = cellGradient[b];
                    for (int k = 0; k < units; k++) {
                        float i = inputGate[k];
                        float f = forgetGate[k];
                        float g = candidate[k];
                        float o = outputGate[k];
                        float dh = hiddenUpstream[k] + dhNext[k];
                        float dCell = dh * o * (1 - tanhCell[k] * tanhCell[k]) + dcNext[k];
                        dInput[k] = dCell * g * i * (1 - i);
                        dForget[k] = dCell * previousCell[k] * f * (1 - f);
                        dCandidate[k] = dCell * i * (1 - g * g);
                        dOutput[k] = dh * tanhCell[k] * o * (1 - o);
                        dcNext[k] = dCell * f;
                    }
                    System.arraycopy(dInput, 0, dz, 0, units);
                    System.arraycopy(dForget, 0, dz, units, units);
                    System.arraycopy(dCandidate, 0, dz, 2 * units, units);
                    System.arraycopy(dOutput, 0, dz, 3 * units, units);
                    System.arraycopy(dz, 0, gateGradient, gateBase, width);
                }
                if (s > 0) {
                    for (float[] dh : hiddenGradient) {
                        Arrays.fill(dh, 0f);
                    }
                    addProduct(stepGateGradient, transposed, hiddenGradient);
                }
            }
            return gateGradient;
        }

        /** This direction's R {@code [H, 4H]} transposed, as rows {@code [4H][H]}. */
        private float[][] transposedRows(float[] recurrent) {
            int units = shape.units;
            int width = shape.gates();
            int weights = direction * units * width;
            float[][] transposed = new float[width][units];
            for (int k = 0; k < units; k++) {
                for (int j = 0; j < width; j++) {
                    transposed[j][k] = recurrent[weights + k * width + j];
                }
            }
            return transposed;
        }

        /** The state each step saw before it, {@code [B, T, H]}: h[t-1] forward, h[t+1] backward, zero at the start
         * (the hidden state of steps past a clip's length is never written, so it is the zero a backward pass starts from). */
        float[] previousHidden() {
            int units = shape.units;
            int run = (shape.steps - 1) * units;
            float[] previous = new float[hidden.length];
            for (int b = 0; b < shape.batch; b++) {
                int base = b * shape.steps * units;
                if (reversed) {
                    System.arraycopy(hidden, base + units, previous, base, run);
                } else {
                    System.arraycopy(hidden, base, previous, base + units, run);
                }
            }
            return previous;
        }

        /** Writes the column sums of {@code gateGradient} ({@code [B * T, 4H]}) to this direction's row of
         * {@code sums} ({@code [2, 4H]}). */
        void sumRows(float[] gateGradient, float[] sums) {
            int width = shape.gates();
            float[] sum = new float[width];
            float[] gateRow = new float[width];
            for (int row = 0; row < shape.batch * shape.steps; row++) {
                System.arraycopy(gateGradient, row * width, gateRow, 0, width);
                for (int j = 0; j < width; j++) {
                    sum[j] += gateRow[j];
                }
            }
            System.arraycopy(sum, 0, sums, direction * width, width);
        }

        private int row(int b, int t) {
            return b * shape.steps + t;
        }
    }

    /** {@code count} rows of {@code width} from {@code flat}, starting at row {@code first}. */
    private static float[][] rows(float[] flat, int first, int count, int width) {
        float[][] rows = new float[count][];
        for (int r = 0; r < count; r++) {
            rows[r] = Arrays.copyOfRange(flat, (first + r) * width, (first + r + 1) * width);
        }
        return rows;
    }

    /**
     * {@code y += x · m} for row arrays {@code x [n][inner]}, {@code m [inner][width]}, {@code y [n][width]}:
     * each row of {@code m} is added, scaled, to every row of {@code y} while it is in cache, four rows at a time
     * so that each pass over {@code y} does four multiply-adds per element.
     */
    private static void addProduct(float[][] x, float[][] m, float[][] y) {
        int inner = m.length;
        int width = m[0].length;
        int k = 0;
        for (; k + 3 < inner; k += 4) {
            float[] m0 = m[k];
            float[] m1 = m[k + 1];
            float[] m2 = m[k + 2];
            float[] m3 = m[k + 3];
            for (int r = 0; r < y.length; r++) {
                float[] xr = x[r];
                float[] yr = y[r];
                float x0 = xr[k];
                float x1 = xr[k + 1];
                float x2 = xr[k + 2];
                float x3 = xr[k + 3];
                for (int j = 0; j < width; j++) {
                    yr[j] += x0 * m0[j] + x1 * m1[j] + x2 * m2[j] + x3 * m3[j];
                }
            }
        }
        for (; k < inner; k++) {
            float[] m0 = m[k];
            for (int r = 0; r < y.length; r++) {
                float x0 = x[r][k];
                float[] yr = y[r];
                for (int j = 0; j < width; j++) {
                    yr[j] += x0 * m0[j];
                }
            }
        }
    }
}
