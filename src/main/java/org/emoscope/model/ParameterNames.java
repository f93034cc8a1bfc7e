package org.emoscope.model;

/** Names of the network's parameter arrays, which are also their entry names in model files. */
final class ParameterNames {
    static final String BOTTLENECK_W = "bottleneck_W";
    static final String BOTTLENECK_B = "bottleneck_b";
    static final String QUERY = "query";
    static final String KEY = "key";
    static final String VALUE = "value";
    static final String ATTENTION_OUT_W = "attentionOut_W";
    static final String ATTENTION_OUT_B = "attentionOut_b";
    static final String POOLING_VECTOR = "pooling_u";
    static final String EMOTION_W = "emotion_W";
    static final String EMOTION_B = "emotion_b";
    static final String SPEAKER_W = "speaker_W";
    static final String SPEAKER_B = "speaker_b";

    private ParameterNames() {
    }

    static String convWeights(int layer) {
        return "conv" + (layer + 1) + "_W";
    }

    static String convBias(int layer) {
        return "conv" + (layer + 1) + "_b";
    }

    static String lstmInputWeights(int layer) {
        return "lstm" + (layer + 1) + "_W";
    }

    static String lstmRecurrentWeights(int layer) {
        return "lstm" + (layer + 1) + "_RW";
    }

    static String lstmBias(int layer) {
        return "lstm" + (layer + 1) + "_b";
    }
}
