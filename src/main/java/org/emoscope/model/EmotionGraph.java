package org.emoscope.model;

import static org.emoscope.model.GraphNames.*;

import java.util.Map;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMActivations;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDataFormat;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMDirectionMode;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.config.LSTMLayerConfig;
import org.nd4j.linalg.api.ops.impl.layers.recurrent.weights.LSTMLayerWeights;

/**
 * Builds the SameDiff graph of the network around given parameter arrays (which it uses, not copies).
 *
 * <p>Convolutions and attention are written as plain matrix multiplies: on a CPU one large GEMM over
 * time-shifted views is markedly faster than ND4J's conv1d and attention ops. Dropout is a multiplicative
 * mask fed as a placeholder because the dropout ops have no gradient in this ND4J version, and
 * cross-entropy is written from basic ops because {@code sd.loss()} ignores weights applied after it.
 */
final class EmotionGraph {
    private final ModelArchitecture arch;
    private final SameDiff sd = SameDiff.create();

    private EmotionGraph(ModelArchitecture arch) {
        this.arch = arch;
    }

    /** A graph over {@code parameters}, which must hold every array {@link ParameterSpec#forNetwork} lists. */
    static SameDiff build(ModelArchitecture arch, Map<String, INDArray> parameters) {
        EmotionGraph graph = new EmotionGraph(arch);
        parameters.forEach(graph.sd::var);
        graph.define(parameters.get(EMOTION_B).length(), parameters.get(SPEAKER_B).length());
        return graph.sd;
    }

    private void define(long emotions, long speakers) {
        SDVariable x = sd.placeHolder(FEATURES, DataType.FLOAT, -1, arch.frames(), arch.nMels());
        long time = arch.frames();
        long channels = arch.nMels();
        for (int layer = 0; layer < ModelArchitecture.CONV_LAYERS; layer++) {
            int kernel = arch.convKernels().get(layer);
            x = convolution(x, layer, time, channels, kernel);
            time -= kernel - 1;
            channels = arch.convFilters().get(layer);
        }
        SDVariable steps = sd.nn().relu(
                sd.nn().linear(sd.reshape(x, -1, channels), sd.getVariable(BOTTLENECK_W), sd.getVariable(BOTTLENECK_B)), 0);
        SDVariable sequence = sd.reshape(steps, -1, time, arch.bottleneck());
        for (int layer = 0; layer < arch.lstmLayers(); layer++) {
            sequence = bidirectionalLstm(sequence, layer);
        }
        SDVariable attended = selfAttention(sequence, time);
        SDVariable pooled = attentionPooling(attended, time);

        SDVariable mask = sd.placeHolder(DROPOUT_MASK, DataType.FLOAT, -1, arch.sequenceWidth());
        SDVariable dropped = pooled.mul(mask);
        SDVariable emotionLogits = sd.nn().linear(dropped, sd.getVariable(EMOTION_W), sd.getVariable(EMOTION_B));
        SDVariable speakerLogits = sd.nn().linear(dropped, sd.getVariable(SPEAKER_W), sd.getVariable(SPEAKER_B));
        sd.nn().softmax(EMOTION_PROBABILITIES, emotionLogits, -1);
        sd.nn().softmax(SPEAKER_PROBABILITIES, speakerLogits, -1);

        SDVariable emotionLoss = crossEntropy(EMOTION_LOSS, emotionLogits,
                sd.placeHolder(EMOTION_LABELS, DataType.FLOAT, -1, emotions));
        SDVariable speakerLoss = crossEntropy(SPEAKER_LOSS, speakerLogits,
                sd.placeHolder(SPEAKER_LABELS, DataType.FLOAT, -1, speakers));
        SDVariable weightedEmotion = sd.placeHolder(GAMMA, DataType.FLOAT).mul(WEIGHTED_EMOTION_LOSS, emotionLoss);
        SDVariable weightedSpeaker = sd.placeHolder(THETA, DataType.FLOAT).mul(WEIGHTED_SPEAKER_LOSS, speakerLoss);
        weightedEmotion.add(LOSS, weightedSpeaker);
        sd.setLossVariables(LOSS);
    }

    /** Unpadded 1-D convolution + ReLU: [B, T, C] to [B, T-k+1, F] as one GEMM over k shifted views. */
    private SDVariable convolution(SDVariable x, int layer, long time, long channels, int kernel) {
        long outTime = time - kernel + 1;
        SDVariable views = x;
        if (kernel > 1) {
            SDVariable[] shifted = new SDVariable[kernel];
            for (int k = 0; k < kernel; k++) {
                shifted[k] = x.get(SDIndex.all(), SDIndex.interval((long) k, k + outTime), SDIndex.all());
            }
            views = sd.concat(2, shifted);
        }
        SDVariable flat = sd.reshape(views, -1, kernel * channels);
        SDVariable out = sd.nn().relu(
                sd.nn().linear(flat, sd.getVariable(convWeights(layer)), sd.getVariable(convBias(layer))), 0);
        return sd.reshape(out, -1, outTime, arch.convFilters().get(layer));
    }

    private SDVariable bidirectionalLstm(SDVariable sequence, int layer) {
        LSTMLayerWeights weights = LSTMLayerWeights.builder()
                .weights(sd.getVariable(lstmInputWeights(layer)))
                .rWeights(sd.getVariable(lstmRecurrentWeights(layer)))
                .bias(sd.getVariable(lstmBias(layer)))
                .build();
        LSTMLayerConfig config = LSTMLayerConfig.builder()
                .lstmdataformat(LSTMDataFormat.NTS)
                .directionMode(LSTMDirectionMode.BIDIR_CONCAT)
                .gateAct(LSTMActivations.SIGMOID)
                .cellAct(LSTMActivations.TANH)
                .outAct(LSTMActivations.TANH)
                .retFullSequence(true)
                .retLastH(false)
                .retLastC(false)
                .build();
        return sd.rnn().lstmLayer(sequence, weights, config)[0];
    }

    /** Multi-head scaled dot-product self-attention over the steps, projected back to the sequence width. */
    private SDVariable selfAttention(SDVariable sequence, long time) {
        int width = arch.sequenceWidth();
        int heads = arch.heads();
        int headDim = arch.attentionDim() / heads;
        SDVariable flat = sd.reshape(sequence, -1, width);
        SDVariable q = splitHeads(project(flat, QUERY), time, heads, headDim);
        SDVariable k = splitHeads(project(flat, KEY), time, heads, headDim);
        SDVariable v = splitHeads(project(flat, VALUE), time, heads, headDim);
        SDVariable scores = sd.mmul(q, k, false, true, false).mul(1.0 / Math.sqrt(headDim));
        SDVariable weights = sd.nn().softmax(SELF_ATTENTION, scores, -1);
        SDVariable context = sd.permute(sd.mmul(weights, v), 0, 2, 1, 3);
        SDVariable merged = sd.reshape(context, -1, arch.attentionDim());
        SDVariable out = sd.nn().linear(merged, sd.getVariable(ATTENTION_OUT_W), sd.getVariable(ATTENTION_OUT_B));
        return sd.reshape(out, -1, time, width);
    }

    private SDVariable project(SDVariable flat, String projection) {
        return sd.nn().linear(flat, sd.getVariable(projection + "_W"), sd.getVariable(projection + "_b"));
    }

    /** [B*T, heads*d] to [B, heads, T, d]. */
    private SDVariable splitHeads(SDVariable projected, long time, int heads, int headDim) {
        return sd.permute(sd.reshape(projected, -1, time, heads, headDim), 0, 2, 1, 3);
    }

    /** Local attention: alpha = softmax over steps of u.h_i, output = sum_i alpha_i h_i. */
    private SDVariable attentionPooling(SDVariable sequence, long time) {
        int width = arch.sequenceWidth();
        SDVariable scores = sd.reshape(sd.mmul(sd.reshape(sequence, -1, width), sd.getVariable(POOLING_VECTOR)), -1, time);
        SDVariable alpha = sd.nn().softmax(ALPHA, scores, -1);
        return sd.sum(sequence.mul(sd.expandDims(alpha, 2)), 1);
    }

    /** Mean over the batch of -sum(labels * logSoftmax(logits)); plain logSoftmax (last axis) differentiates. */
    private SDVariable crossEntropy(String name, SDVariable logits, SDVariable oneHotLabels) {
        return sd.mean(oneHotLabels.mul(sd.nn().logSoftmax(logits)).sum(1)).neg(name);
    }
}
