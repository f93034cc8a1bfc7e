package org.emoscope.model;

/** Names of the parameters (also their entries in model files) and of the SameDiff placeholders and outputs of {@link EmotionGraph}. */
final class GraphNames {
    static final String DROPOUT_MASK = "dropoutMask";
    static final String EMOTION_LABELS = "emotionLabels";
    static final String SPEAKER_LABELS = "speakerLabels";
    static final String GAMMA = "gamma";
    static final String THETA = "theta";

    static final String LSTM_OUTPUT = "lstmOutput";

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

    static final String EMOTION_PROBABILITIES = "emotionProbabilities";
    static final String SPEAKER_PROBABILITIES = "speakerProbabilities";
    static final String ALPHA = "alpha";
    static final String SELF_ATTENTION = "selfAttention";
    static final String EMOTION_LOSS = "emotionLoss";
    static final String SPEAKER_LOSS = "speakerLoss";
    static final String WEIGHTED_EMOTION_LOSS = "weightedEmotionLoss";
    static final String WEIGHTED_SPEAKER_LOSS = "weightedSpeakerLoss";
    static final String LOSS = "loss";

    private GraphNames() {
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
