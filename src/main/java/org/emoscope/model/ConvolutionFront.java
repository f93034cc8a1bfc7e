package org.emoscope.model;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The network's front, forward and backward by hand: the three unpadded 1-D convolutions and the per-step
 * dense bottleneck, each followed by ReLU, from the features {@code [B, frames, mels]} to the BLSTM input
 * {@code [B, steps, bottleneck]}. It reads the live parameter arrays it is given, never copies them.
 *
 * <p>Every layer is one GEMM: a convolution with kernel k multiplies the k time-shifted views of its input,
 * laid side by side ({@code [B * T', k * C]}), by weights {@code [k * C, F]}; on a CPU that is markedly
 * faster than ND4J's conv1d. Why not a SameDiff graph: SameDiff recomputes the forward pass to take
 * gradients, and the front is two thirds of the network's arithmetic; here the forward activations are kept
 * for the backward pass instead. Every array is allocated per call and closed explicitly, so memory stays
 * flat. Stateless apart from the parameters; each {@link Activations} belongs to one thread.
 */
final class ConvolutionFront {
    private static final int BOTTLENECK_LAYER = ModelArchitecture.CONV_LAYERS;

    private final ModelArchitecture architecture;
    private final Map<String, INDArray> parameters;

    ConvolutionFront(ModelArchitecture architecture, Map<String, INDArray> parameters) {
        this.architecture = architecture;
        this.parameters = parameters;
    }

    static List<String> parameterNames() {
        List<String> names = new ArrayList<>();
        for (int layer = 0; layer <= BOTTLENECK_LAYER; layer++) {
            names.add(weightsName(layer));
            names.add(biasName(layer));
        }
        return List.copyOf(names);
    }

    /** The front's trainable arrays, in graph order: each convolution's weights {@code [k * C, F]} and bias, then the
     * bottleneck's. Fans are Keras' for a convolution (kernel x channels in, kernel x filters out). */
    static List<ParameterSpec> parameters(ModelArchitecture architecture) {
        List<ParameterSpec> specs = new ArrayList<>();
        int channels = architecture.nMels();
        for (int layer = 0; layer <= BOTTLENECK_LAYER; layer++) {
            int kernel = kernel(architecture, layer);
            int filters = filters(architecture, layer);
            specs.add(ParameterSpec.glorot(weightsName(layer), kernel * channels, kernel * filters,
                    (long) kernel * channels, filters));
            specs.add(ParameterSpec.zeros(biasName(layer), filters));
            channels = filters;
        }
        return List.copyOf(specs);
    }

    /** Forward FLOPs for one clip of {@code architecture.frames()} frames: one GEMM per layer. */
    static double forwardFlops(ModelArchitecture architecture) {
        double flops = 0;
        int steps = architecture.frames();
        int channels = architecture.nMels();
        for (int layer = 0; layer <= BOTTLENECK_LAYER; layer++) {
            int kernel = kernel(architecture, layer);
            steps -= kernel - 1;
            flops += 2.0 * steps * kernel * channels * filters(architecture, layer);
            channels = filters(architecture, layer);
        }
        return flops;
    }

    private static int filters(ModelArchitecture architecture, int layer) {
        return layer == BOTTLENECK_LAYER ? architecture.bottleneck() : architecture.convFilters().get(layer);
    }

    private static String weightsName(int layer) {
        return layer == BOTTLENECK_LAYER ? ParameterNames.BOTTLENECK_W : ParameterNames.convWeights(layer);
    }

    private static String biasName(int layer) {
        return layer == BOTTLENECK_LAYER ? ParameterNames.BOTTLENECK_B : ParameterNames.convBias(layer);
    }

    private int kernel(int layer) {
        return kernel(architecture, layer);
    }

    private static int kernel(ModelArchitecture architecture, int layer) {
        return layer == BOTTLENECK_LAYER ? 1 : architecture.convKernels().get(layer);
    }

    /** What the backward pass needs of one forward pass; owns (and closes) its arrays. */
    static final class Activations implements AutoCloseable {
        private final long batch;
        private final long[] inputSteps = new long[BOTTLENECK_LAYER + 1];
        private final INDArray[] gemmInputs = new INDArray[BOTTLENECK_LAYER + 1]; // [B * T', k * C]
        private final INDArray[] outputs = new INDArray[BOTTLENECK_LAYER + 1]; // after ReLU, [B * T', F]
        private final List<INDArray> owned = new ArrayList<>();

        private Activations(long batch) {
            this.batch = batch;
        }

        /** The BLSTM input {@code [batch, steps, bottleneck]}; closed with this object. */
        INDArray output() {
            INDArray last = outputs[BOTTLENECK_LAYER];
            return last.reshape('c', batch, last.size(0) / batch, last.size(1));
        }

        private INDArray own(INDArray array) {
            owned.add(array);
            return array;
        }

        @Override
        public void close() {
            owned.forEach(INDArray::close);
            owned.clear();
        }
    }

    /** @param features {@code [batch, frames, mels]} */
    Activations forward(INDArray features) {
        long batch = features.size(0);
        Activations activations = new Activations(batch);
        try {
            INDArray sequence = features;
            for (int layer = 0; layer <= BOTTLENECK_LAYER; layer++) {
                long steps = sequence.size(1);
                int kernel = kernel(layer);
                activations.inputSteps[layer] = steps;
                INDArray gemmInput = kernel == 1
                        ? sequence.reshape('c', batch * steps, sequence.size(2))
                        : activations.own(shiftedViews(sequence, kernel));
                INDArray weights = parameters.get(weightsName(layer));
                INDArray output = activations.own(Nd4j.createUninitialized(DataType.FLOAT,
                        new long[] {gemmInput.size(0), weights.size(1)}, 'c'));
                Gemm.into(gemmInput, false, weights, false, output, 1f, 0f);
                output.addiRowVector(parameters.get(biasName(layer)));
                Transforms.relu(output, false);
                activations.gemmInputs[layer] = gemmInput;
                activations.outputs[layer] = output;
                sequence = output.reshape('c', batch, steps - kernel + 1, weights.size(1));
            }
            return activations;
        } catch (RuntimeException e) {
            activations.close();
            throw e;
        }
    }

    /**
     * {@code [B, T, C]} to {@code [B * (T - k + 1), k * C]}: row (b, t) holds steps t … t + k - 1 side by side.
     * In the C-order input those k steps are already adjacent, so each row is one bulk copy between the native
     * buffers: ND4J's strided assigns took ~12 times as long ([16, 81, 128], k = 3: 1.9 ms against 0.10 ms,
     * development VM).
     */
    private static INDArray shiftedViews(INDArray sequence, int kernel) {
        int batch = Math.toIntExact(sequence.size(0));
        int steps = Math.toIntExact(sequence.size(1));
        int channels = Math.toIntExact(sequence.size(2));
        int outSteps = steps - kernel + 1;
        int window = kernel * channels;
        INDArray input = Tensors.inBufferOrder(sequence) ? sequence : sequence.dup('c'); // the layout the copies assume
        try {
            INDArray views = Nd4j.createUninitialized(DataType.FLOAT, new long[] {(long) batch * outSteps, window}, 'c');
            FloatBuffer from = input.data().asNioFloat();
            FloatBuffer to = views.data().asNioFloat();
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t < outSteps; t++) {
                    to.put((b * outSteps + t) * window, from, (b * steps + t) * channels, window);
                }
            }
            return views;
        } finally {
            if (input != sequence) {
                input.close();
            }
        }
    }

    /**
     * The parameter gradients of {@code sum(output * outputGradient)}, by parameter name; the caller closes
     * them. The features' gradient is not needed and not computed.
     *
     * @param outputGradient {@code [batch, steps, bottleneck]}, not modified
     */
    Map<String, INDArray> backward(Activations activations, INDArray outputGradient) {
        Map<String, INDArray> gradients = new HashMap<>();
        INDArray upstream = outputGradient.reshape('c', outputGradient.size(0) * outputGradient.size(1),
                outputGradient.size(2)).dup('c');
        try {
            for (int layer = BOTTLENECK_LAYER; layer >= 0; layer--) {
                try (INDArray active = Transforms.step(activations.outputs[layer], true)) {
                    upstream.muli(active); // ReLU: gradient only where the output is positive
                }
                INDArray gemmInput = activations.gemmInputs[layer];
                INDArray weights = parameters.get(weightsName(layer));
                INDArray weightGradient = Nd4j.create(DataType.FLOAT, weights.shape());
                gradients.put(weightsName(layer), weightGradient);
                Gemm.into(gemmInput, true, upstream, false, weightGradient, 1f, 0f);
                gradients.put(biasName(layer), upstream.sum(0));
                if (layer > 0) {
                    INDArray previous = inputGradient(activations, layer, upstream, weights);
                    upstream.close();
                    upstream = previous;
                }
            }
            return gradients;
        } catch (RuntimeException e) {
            gradients.values().forEach(INDArray::close);
            throw e;
        } finally {
            upstream.close();
        }
    }

    /**
     * The gradient of {@code sum(output * outputGradient)} with respect to the input features, flat
     * {@code [B * T, mels]} (the features' own layout), for saliency; the caller closes it. No parameter gradient is
     * made.
     *
     * @param outputGradient {@code [batch, steps, bottleneck]}, not modified
     */
    INDArray featuresGradient(Activations activations, INDArray outputGradient) {
        INDArray upstream = outputGradient.reshape('c', outputGradient.size(0) * outputGradient.size(1),
                outputGradient.size(2)).dup('c');
        for (int layer = BOTTLENECK_LAYER; layer >= 0; layer--) {
            try (INDArray active = Transforms.step(activations.outputs[layer], true)) {
                upstream.muli(active);
            }
            INDArray previous = inputGradient(activations, layer, upstream, parameters.get(weightsName(layer)));
            upstream.close();
            upstream = previous;
        }
        return upstream;
    }

    /** The gradient of a layer's input sequence, flat {@code [B * T, C]}: the shifted views' gradients summed back. */
    private INDArray inputGradient(Activations activations, int layer, INDArray upstream, INDArray weights) {
        INDArray viewsGradient = Nd4j.createUninitialized(DataType.FLOAT, new long[] {upstream.size(0), weights.size(0)}, 'c');
        Gemm.into(upstream, false, weights, true, viewsGradient, 1f, 0f);
        int kernel = kernel(layer);
        if (kernel == 1) {
            return viewsGradient;
        }
        try (viewsGradient) {
            // Row (b, t) of the views' gradient belongs to input steps t … t + k - 1, which are adjacent in the
            // input's layout: it is added back as one run of k * C values.
            int batch = Math.toIntExact(activations.batch);
            int steps = Math.toIntExact(activations.inputSteps[layer]);
            int outSteps = steps - kernel + 1;
            int window = Math.toIntExact(weights.size(0));
            int channels = window / kernel;
            float[] views = Tensors.flat(viewsGradient);
            float[] gradient = new float[Math.multiplyExact(batch * steps, channels)];
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t < outSteps; t++) {
                    int from = (b * outSteps + t) * window;
                    int to = (b * steps + t) * channels;
                    for (int i = 0; i < window; i++) {
                        gradient[to + i] += views[from + i];
                    }
                }
            }
            return Tensors.array(gradient, (long) batch * steps, channels);
        }
    }
}
