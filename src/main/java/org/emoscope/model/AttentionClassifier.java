package org.emoscope.model;

import static org.emoscope.model.ParameterNames.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Broadcast;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The network after the BLSTM, forward and backward by hand: multi-head scaled dot-product self-attention
 * projected back to the sequence width, local-attention pooling ({@code alpha = softmax_t(u . h_t)},
 * {@code O = sum_t alpha_t h_t}), inverted dropout as a given mask, and the emotion and speaker softmax heads
 * with the loss {@code gamma * CE_emotion + theta * CE_speaker} (cross-entropies averaged over the batch).
 * It reads the live parameter arrays it is given, never copies them.
 *
 * <p>Steps past a clip's length (padding) are masked: a large negative number is added to their scores before
 * both softmaxes, so no query attends to a padded key and alpha is exactly 0 on padding; the mask is a
 * constant, so the backward pass is unchanged and gives exactly 0 gradient there. A batch without padding
 * computes exactly what it did before masking existed.
 *
 * <p>Why by hand rather than SameDiff: SameDiff's softmax gradient on the {@code [B, heads, T, T]} attention
 * maps alone took ~5× the time of the three array operations it needs, and a SameDiff session leaves its
 * intermediate arrays to the garbage collector, which had to be forced after every step to keep memory flat.
 * Here every array is closed explicitly. The heads' softmax and cross-entropy (a few values per clip) run in
 * double precision in Java. Stateless apart from the parameters; each {@link Pass} belongs to one thread.
 */
final class AttentionClassifier {
    private final ModelArchitecture architecture;
    private final Map<String, INDArray> parameters;

    AttentionClassifier(ModelArchitecture architecture, Map<String, INDArray> parameters) {
        this.architecture = architecture;
        this.parameters = parameters;
    }

    /** The block's trainable arrays, in graph order: Q, K, V and output projections, pooling vector, the two heads. */
    static List<ParameterSpec> parameters(ModelArchitecture architecture, int emotions, int speakers) {
        int width = architecture.sequenceWidth();
        int attention = architecture.attentionDim();
        List<ParameterSpec> specs = new ArrayList<>();
        for (String projection : List.of(QUERY, KEY, VALUE)) {
            specs.add(ParameterSpec.glorot(projection + "_W", width, attention, width, attention));
            specs.add(ParameterSpec.zeros(projection + "_b", attention));
        }
        specs.add(ParameterSpec.glorot(ATTENTION_OUT_W, attention, width, attention, width));
        specs.add(ParameterSpec.zeros(ATTENTION_OUT_B, width));
        specs.add(ParameterSpec.glorot(POOLING_VECTOR, width, 1, width, 1));
        specs.add(ParameterSpec.glorot(EMOTION_W, width, emotions, width, emotions));
        specs.add(ParameterSpec.zeros(EMOTION_B, emotions));
        specs.add(ParameterSpec.glorot(SPEAKER_W, width, speakers, width, speakers));
        specs.add(ParameterSpec.zeros(SPEAKER_B, speakers));
        return List.copyOf(specs);
    }

    /** The names of {@link #parameters}, which do not depend on the sizes. */
    static List<String> parameterNames() {
        return parameters(ModelArchitecture.compact(), 1, 1).stream().map(ParameterSpec::name).toList();
    }

    /** Forward FLOPs for one clip of {@code steps} steps: the projections, both attention products, pooling, heads. */
    static double forwardFlops(ModelArchitecture architecture, int steps, int emotions, int speakers) {
        int width = architecture.sequenceWidth();
        int attention = architecture.attentionDim();
        return 2.0 * steps * width * 3.0 * attention
                + 2.0 * 2 * (double) steps * steps * attention
                + 2.0 * steps * attention * width
                + 2.0 * steps * width
                + 2.0 * width * (emotions + speakers);
    }

    /** One forward pass: its outputs, and what the backward pass needs; owns (and closes) its arrays. */
    static final class Pass implements AutoCloseable {
        private final long batch;
        private final long steps;
        private final List<INDArray> owned = new ArrayList<>();
        private INDArray sequence; // [B * T, W]
        private INDArray queries; // [B, heads, T, d]
        private INDArray keys;
        private INDArray values;
        private INDArray selfAttention; // [B, heads, T, T]
        private INDArray merged; // [B * T, heads * d]
        private INDArray attended; // [B * T, W]
        private INDArray alpha; // [B, T]
        private INDArray dropoutMask; // [B, W]
        private INDArray dropped; // [B, W]
        private double[][] emotionProbabilities;
        private double[][] speakerProbabilities;

        private Pass(long batch, long steps) {
            this.batch = batch;
            this.steps = steps;
        }

        private INDArray own(INDArray array) {
            owned.add(array);
            return array;
        }

        double[][] emotionProbabilities() {
            return emotionProbabilities;
        }

        double[][] speakerProbabilities() {
            return speakerProbabilities;
        }

        /** Local-attention weights {@code [B, T]}; closed with this object. */
        INDArray alpha() {
            return alpha;
        }

        /** Self-attention maps {@code [B, heads, T, T]}; closed with this object. */
        INDArray selfAttention() {
            return selfAttention;
        }

        @Override
        public void close() {
            owned.forEach(INDArray::close);
            owned.clear();
        }
    }

    /** Parameter gradients by name and the gradient of the BLSTM output; the caller closes the arrays. */
    record Gradients(StepLosses losses, Map<String, INDArray> parameters, INDArray sequence) {
    }

    /** Added to the score of a padded step: its softmax weight underflows to exactly 0. */
    private static final float MASKED_SCORE = -1e9f;

    /**
     * @param lstmOutput  {@code [batch, steps, width]}, not modified
     * @param dropoutMask {@code [batch, width]}: 0 or 1/(1-p) per unit in training, all ones for inference
     * @param lengths     real steps per clip (1 … steps); later steps are padding
     */
    Pass forward(INDArray lstmOutput, INDArray dropoutMask, int[] lengths) {
        long batch = lstmOutput.size(0);
        long steps = lstmOutput.size(1);
        long width = lstmOutput.size(2);
        int heads = architecture.heads();
        int headDim = architecture.attentionDim() / heads;
        Pass pass = new Pass(batch, steps);
        try (INDArray paddingScores = paddingScores(lengths, steps)) {
            pass.sequence = pass.own(lstmOutput.dup('c').reshape('c', batch * steps, width));
            pass.queries = pass.own(splitHeads(linear(pass.sequence, QUERY + "_W", QUERY + "_b"), batch, steps));
            pass.keys = pass.own(splitHeads(linear(pass.sequence, KEY + "_W", KEY + "_b"), batch, steps));
            pass.values = pass.own(splitHeads(linear(pass.sequence, VALUE + "_W", VALUE + "_b"), batch, steps));
            try (INDArray scores = Nd4j.matmul(pass.queries, pass.keys, false, true, false)) {
                scores.muli(1.0 / Math.sqrt(headDim));
                if (paddingScores != null) {
                    Broadcast.add(scores, paddingScores, scores, 0, 3); // over queries and heads: keys only
                }
                pass.selfAttention = pass.own(softmaxOverLastAxis(scores));
            }
            try (INDArray context = Nd4j.matmul(pass.selfAttention, pass.values)) {
                pass.merged = pass.own(mergeHeads(context));
            }
            pass.attended = pass.own(linear(pass.merged, ATTENTION_OUT_W, ATTENTION_OUT_B));
            try (INDArray poolingScores = Gemm.product(pass.attended, parameters.get(POOLING_VECTOR))) {
                INDArray perClip = poolingScores.reshape('c', batch, steps);
                if (paddingScores != null) {
                    perClip.addi(paddingScores);
                }
                pass.alpha = pass.own(softmaxOverLastAxis(perClip));
            }
            pass.dropoutMask = dropoutMask;
            try (INDArray pooled = pool(pass)) {
                pass.dropped = pass.own(pooled.mul(dropoutMask));
            }
            pass.emotionProbabilities = softmax(logits(pass.dropped, EMOTION_W, EMOTION_B));
            pass.speakerProbabilities = softmax(logits(pass.dropped, SPEAKER_W, SPEAKER_B));
            return pass;
        } catch (RuntimeException e) {
            pass.close();
            throw e;
        }
    }

    /** {@code [batch, steps]}: 0 on real steps, {@link #MASKED_SCORE} on padding; null when nothing is padded. */
    private static INDArray paddingScores(int[] lengths, long steps) {
        if (Arrays.stream(lengths).allMatch(length -> length == steps)) {
            return null;
        }
        float[] scores = new float[Math.toIntExact(lengths.length * steps)];
        for (int b = 0; b < lengths.length; b++) {
            Arrays.fill(scores, Math.toIntExact(b * steps + lengths[b]), Math.toIntExact((b + 1) * steps), MASKED_SCORE);
        }
        return Nd4j.create(scores, new long[] {lengths.length, steps}, DataType.FLOAT);
    }

    private INDArray linear(INDArray input, String weights, String bias) {
        return Gemm.product(input, parameters.get(weights)).addiRowVector(parameters.get(bias));
    }

    /** {@code [B * T, heads * d]} to {@code [B, heads, T, d]}; closes its argument. */
    private INDArray splitHeads(INDArray projected, long batch, long steps) {
        try (projected) {
            int heads = architecture.heads();
            return projected.reshape('c', batch, steps, heads, projected.size(1) / heads).permute(0, 2, 1, 3).dup('c');
        }
    }

    /** {@code [B, heads, T, d]} to {@code [B * T, heads * d]}. */
    private static INDArray mergeHeads(INDArray perHead) {
        long batch = perHead.size(0);
        long steps = perHead.size(2);
        return perHead.permute(0, 2, 1, 3).dup('c').reshape('c', batch * steps, perHead.size(1) * perHead.size(3));
    }

    private static INDArray softmaxOverLastAxis(INDArray scores) {
        INDArray out = Nd4j.create(DataType.FLOAT, scores.shape());
        Nd4j.exec(new SoftMax(scores, out, scores.rank() - 1));
        return out;
    }

    /** {@code O[b] = sum_t alpha[b, t] h[b, t]}: {@code [B, W]}. */
    private static INDArray pool(Pass pass) {
        long width = pass.attended.size(1);
        INDArray alpha3 = pass.alpha.reshape('c', pass.batch, 1, pass.steps);
        INDArray attended3 = pass.attended.reshape('c', pass.batch, pass.steps, width);
        try (INDArray pooled = Nd4j.matmul(alpha3, attended3)) {
            return pooled.reshape('c', pass.batch, width).dup('c');
        }
    }

    private double[][] logits(INDArray pooled, String weights, String bias) {
        try (INDArray logits = linear(pooled, weights, bias)) {
            return Tensors.doubleMatrix(logits);
        }
    }

    private static double[][] softmax(double[][] logits) {
        double[][] probabilities = new double[logits.length][];
        for (int b = 0; b < logits.length; b++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double value : logits[b]) {
                max = Math.max(max, value);
            }
            double sum = 0;
            probabilities[b] = new double[logits[b].length];
            for (int j = 0; j < logits[b].length; j++) {
                probabilities[b][j] = Math.exp(logits[b][j] - max);
                sum += probabilities[b][j];
            }
            for (int j = 0; j < logits[b].length; j++) {
                probabilities[b][j] /= sum;
            }
        }
        return probabilities;
    }

    /** Mean over the batch of {@code -log p[b, label[b]]}. */
    private static double crossEntropy(double[][] probabilities, int[] labels) {
        double sum = 0;
        for (int b = 0; b < labels.length; b++) {
            sum -= Math.log(probabilities[b][labels[b]]);
        }
        return sum / labels.length;
    }

    /** {@code weight * d(mean CE)/d logits = weight * (p - onehot) / B}. */
    private static INDArray logitGradient(double[][] probabilities, int[] labels, double weight) {
        float[][] gradient = new float[labels.length][];
        for (int b = 0; b < labels.length; b++) {
            gradient[b] = new float[probabilities[b].length];
            for (int j = 0; j < gradient[b].length; j++) {
                double target = j == labels[b] ? 1 : 0;
                gradient[b][j] = (float) (weight * (probabilities[b][j] - target) / labels.length);
            }
        }
        return Nd4j.create(gradient);
    }

    /**
     * The losses of {@code pass} on the given labels and the gradients of {@code gamma * CE_emotion +
     * theta * CE_speaker}.
     */
    Gradients backward(Pass pass, int[] emotionLabels, int[] speakerLabels, double gamma, double theta) {
        double emotionLoss = crossEntropy(pass.emotionProbabilities, emotionLabels);
        double speakerLoss = crossEntropy(pass.speakerProbabilities, speakerLabels);
        StepLosses losses = new StepLosses(emotionLoss, speakerLoss, gamma * emotionLoss, theta * speakerLoss,
                gamma * emotionLoss + theta * speakerLoss);
        Map<String, INDArray> gradients = new HashMap<>();
        List<INDArray> scratch = new ArrayList<>();
        try {
            INDArray emotionLogits = scratch(scratch, logitGradient(pass.emotionProbabilities, emotionLabels, gamma));
            INDArray speakerLogits = scratch(scratch, logitGradient(pass.speakerProbabilities, speakerLabels, theta));
            INDArray pooledGradient = scratch(scratch, Nd4j.create(DataType.FLOAT, pass.dropped.shape()));
            linearBackward(pass.dropped, emotionLogits, EMOTION_W, EMOTION_B, pooledGradient, gradients);
            linearBackward(pass.dropped, speakerLogits, SPEAKER_W, SPEAKER_B, pooledGradient, gradients);
            pooledGradient.muli(pass.dropoutMask);

            INDArray attendedGradient = scratch(scratch, poolingBackward(pass, pooledGradient, gradients));
            INDArray mergedGradient = scratch(scratch, Nd4j.create(DataType.FLOAT, pass.merged.shape()));
            linearBackward(pass.merged, attendedGradient, ATTENTION_OUT_W, ATTENTION_OUT_B, mergedGradient, gradients);
            INDArray sequenceGradient = Nd4j.create(DataType.FLOAT, pass.sequence.shape());
            try {
                selfAttentionBackward(pass, mergedGradient, sequenceGradient, gradients, scratch);
            } catch (RuntimeException e) {
                sequenceGradient.close();
                throw e;
            }
            return new Gradients(losses, gradients,
                    sequenceGradient.reshape('c', pass.batch, pass.steps, sequenceGradient.size(1)));
        } catch (RuntimeException e) {
            gradients.values().forEach(INDArray::close);
            throw e;
        } finally {
            scratch.forEach(INDArray::close);
        }
    }

    private static INDArray scratch(List<INDArray> scratch, INDArray array) {
        scratch.add(array);
        return array;
    }

    /** For {@code out = in W + b}: stores dW and db, and adds {@code dOut W^T} to {@code inputGradient}. */
    private void linearBackward(INDArray input, INDArray outputGradient, String weights, String bias,
                                INDArray inputGradient, Map<String, INDArray> gradients) {
        INDArray w = parameters.get(weights);
        INDArray weightGradient = Nd4j.create(DataType.FLOAT, w.shape());
        gradients.put(weights, weightGradient);
        Gemm.into(input, true, outputGradient, false, weightGradient, 1f, 0f);
        gradients.put(bias, outputGradient.sum(0));
        Gemm.into(outputGradient, false, w, true, inputGradient, 1f, 1f);
    }

    /** The gradient of the attended sequence {@code [B * T, W]} from that of the pooled vector {@code [B, W]}. */
    private INDArray poolingBackward(Pass pass, INDArray pooledGradient, Map<String, INDArray> gradients) {
        long batch = pass.batch;
        long steps = pass.steps;
        long width = pass.attended.size(1);
        INDArray attended3 = pass.attended.reshape('c', batch, steps, width);
        INDArray pooled3 = pooledGradient.reshape('c', batch, 1, width);
        // Through the weighted sum: d h[b, t] = alpha[b, t] dO[b]; d alpha[b, t] = h[b, t] . dO[b].
        INDArray attendedGradient = Nd4j.matmul(pass.alpha.reshape('c', batch, steps, 1), pooled3)
                .reshape('c', batch * steps, width);
        try (INDArray alphaGradient = Nd4j.matmul(pooled3, attended3, false, true, false).reshape('c', batch, steps);
             INDArray scoreGradient = softmaxBackward(pass.alpha, alphaGradient)) {
            // Through the scores u . h[b, t].
            INDArray flatScores = scoreGradient.reshape('c', batch * steps, 1);
            INDArray u = parameters.get(POOLING_VECTOR);
            INDArray poolingGradient = Nd4j.create(DataType.FLOAT, u.shape());
            gradients.put(POOLING_VECTOR, poolingGradient);
            Gemm.into(pass.attended, true, flatScores, false, poolingGradient, 1f, 0f);
            Gemm.into(flatScores, false, u, true, attendedGradient, 1f, 1f);
            return attendedGradient;
        } catch (RuntimeException e) {
            attendedGradient.close();
            throw e;
        }
    }

    /** For {@code p = softmax(s)} over the last axis: {@code ds = p * (dp - sum(dp * p))}. */
    private static INDArray softmaxBackward(INDArray probabilities, INDArray probabilityGradient) {
        int last = probabilities.rank() - 1;
        try (INDArray weighted = probabilityGradient.mul(probabilities);
             INDArray sums = weighted.sum(true, last)) {
            return probabilityGradient.sub(sums).muli(probabilities);
        }
    }

    /** Adds the gradient of the BLSTM output through Q, K and V to {@code sequenceGradient} ({@code [B * T, W]}). */
    private void selfAttentionBackward(Pass pass, INDArray mergedGradient, INDArray sequenceGradient,
                                       Map<String, INDArray> gradients, List<INDArray> scratch) {
        int heads = architecture.heads();
        double scale = 1.0 / Math.sqrt((double) architecture.attentionDim() / heads);
        INDArray context = scratch(scratch, splitHeads(mergedGradient.dup('c'), pass.batch, pass.steps));
        INDArray valueGradient = scratch(scratch, Nd4j.matmul(pass.selfAttention, context, true, false, false));
        INDArray scoreGradient;
        try (INDArray mapGradient = Nd4j.matmul(context, pass.values, false, true, false)) {
            scoreGradient = scratch(scratch, softmaxBackward(pass.selfAttention, mapGradient).muli(scale));
        }
        INDArray queryGradient = scratch(scratch, Nd4j.matmul(scoreGradient, pass.keys));
        INDArray keyGradient = scratch(scratch, Nd4j.matmul(scoreGradient, pass.queries, true, false, false));
        projectionBackward(pass, queryGradient, QUERY, sequenceGradient, gradients, scratch);
        projectionBackward(pass, keyGradient, KEY, sequenceGradient, gradients, scratch);
        projectionBackward(pass, valueGradient, VALUE, sequenceGradient, gradients, scratch);
    }

    private void projectionBackward(Pass pass, INDArray perHeadGradient, String projection, INDArray sequenceGradient,
                                    Map<String, INDArray> gradients, List<INDArray> scratch) {
        INDArray flat = scratch(scratch, mergeHeads(perHeadGradient));
        linearBackward(pass.sequence, flat, projection + "_W", projection + "_b", sequenceGradient, gradients);
    }
}
