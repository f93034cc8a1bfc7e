package org.emoscope.model;

import static org.emoscope.model.ParameterNames.*;

import java.util.List;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The network after the BLSTM as a SameDiff graph differentiated by SameDiff itself: the independent
 * reference that {@link AttentionClassifier}'s hand-written forward and backward passes are checked
 * against. (It was the production graph before; dropout is a mask placeholder and cross-entropy is built
 * from basic ops because {@code sd.loss()} ignores weights applied after it.)
 */
final class AttentionReferenceGraph {
    static final String DROPOUT_MASK = "dropoutMask";
    static final String EMOTION_LABELS = "emotionLabels";
    static final String SPEAKER_LABELS = "speakerLabels";
    static final String GAMMA = "gamma";
    static final String THETA = "theta";
    static final String LSTM_OUTPUT = "lstmOutput";
    static final String EMOTION_PROBABILITIES = "emotionProbabilities";
    static final String SPEAKER_PROBABILITIES = "speakerProbabilities";
    static final String ALPHA = "alpha";
    static final String SELF_ATTENTION = "selfAttention";
    static final String EMOTION_LOSS = "emotionLoss";
    static final String SPEAKER_LOSS = "speakerLoss";
    static final String WEIGHTED_EMOTION_LOSS = "weightedEmotionLoss";
    static final String WEIGHTED_SPEAKER_LOSS = "weightedSpeakerLoss";
    static final String LOSS = "loss";

    private final ModelArchitecture arch;
    private final SameDiff sd = SameDiff.create();

    private AttentionReferenceGraph(ModelArchitecture arch) {
        this.arch = arch;
    }

    /** The back graph over the attention and head arrays of {@code parameters}. */
    static SameDiff back(ModelArchitecture arch, Map<String, INDArray> parameters) {
        AttentionReferenceGraph graph = new AttentionReferenceGraph(arch);
        graph.declare(parameters, AttentionClassifier.parameterNames());
        graph.defineBack(parameters.get(EMOTION_B).length(), parameters.get(SPEAKER_B).length());
        return graph.sd;
    }

    private void declare(Map<String, INDArray> parameters, List<String> names) {
        for (String name : names) {
            sd.var(name, parameters.get(name));
        }
    }

    private void defineBack(long emotions, long speakers) {
        long time = arch.steps();
        SDVariable sequence = sd.placeHolder(LSTM_OUTPUT, DataType.FLOAT, -1, time, arch.sequenceWidth());
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
