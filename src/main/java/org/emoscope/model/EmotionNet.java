package org.emoscope.model;

import static org.emoscope.model.GraphNames.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The multitask attention CNN-BLSTM: one SameDiff graph, its weights, RMSProp state and the seeded
 * random source for dropout masks.
 *
 * <p>Inference ({@link #predict}) never applies dropout and is deterministic. {@link #trainStep} draws a
 * fresh inverted-dropout mask (0 or 1/(1-p)) per step from a random source seeded at creation, so two nets
 * created with the same arguments and fed the same batches train identically.
 *
 * <p>Not thread-safe: use one instance from one thread at a time (SameDiff's execution session is not
 * reentrant). Calls may take seconds for the paper preset; keep them off the UI thread. Close the net to
 * release its native memory early; otherwise the garbage collector does it eventually.
 */
public final class EmotionNet implements AutoCloseable {
    private static final long DROPOUT_STREAM = 0x9E3779B97F4A7C15L;

    private final ModelArchitecture architecture;
    private final int emotions;
    private final int speakers;
    private final long seed;
    private final List<ParameterSpec> specs;
    private final SameDiff sd;
    private final RmsProp optimizer = new RmsProp(RmsProp.DEFAULT_DECAY, RmsProp.DEFAULT_EPSILON);
    private final SplittableRandom dropoutRandom;
    private boolean gradientFunctionBuilt;
    private long stepsTaken;

    private EmotionNet(ModelArchitecture architecture, int emotions, int speakers, long seed,
                       Map<String, INDArray> parameters) {
        this.architecture = architecture;
        this.emotions = emotions;
        this.speakers = speakers;
        this.seed = seed;
        this.specs = ParameterSpec.forNetwork(architecture, emotions, speakers);
        this.sd = EmotionGraph.build(architecture, parameters);
        this.dropoutRandom = new SplittableRandom(seed ^ DROPOUT_STREAM);
    }

    /**
     * A freshly initialised network (Glorot-uniform weights, zero biases) whose weights and dropout masks
     * are fully determined by {@code seed}.
     *
     * @throws IllegalArgumentException if the architecture is invalid or there are fewer than 2 emotions or
     *                                  fewer than 1 speaker
     */
    public static EmotionNet create(ModelArchitecture architecture, int emotions, int speakers, long seed) {
        architecture.requireValid();
        if (emotions < 2 || speakers < 1) {
            throw new IllegalArgumentException("Need at least 2 emotions and 1 speaker, got " + emotions
                    + " emotions and " + speakers + " speakers");
        }
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, INDArray> parameters = new LinkedHashMap<>();
        for (ParameterSpec spec : ParameterSpec.forNetwork(architecture, emotions, speakers)) {
            parameters.put(spec.name(), initialise(spec, random));
        }
        return new EmotionNet(architecture, emotions, speakers, seed, parameters);
    }

    /** Rebuilds a network around saved parameter arrays (used by {@link ModelFile}). */
    static EmotionNet restore(ModelArchitecture architecture, int emotions, int speakers, long seed,
                              Map<String, INDArray> parameters) {
        return new EmotionNet(architecture, emotions, speakers, seed, parameters);
    }

    private static INDArray initialise(ParameterSpec spec, SplittableRandom random) {
        float[] values = new float[Math.toIntExact(spec.length())];
        if (!spec.isZeroInitialised()) {
            double limit = Math.sqrt(6.0 / (spec.fanIn() + spec.fanOut()));
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
            }
        }
        return Nd4j.create(values, spec.shape(), DataType.FLOAT);
    }

    public ModelArchitecture architecture() {
        return architecture;
    }

    public int emotions() {
        return emotions;
    }

    public int speakers() {
        return speakers;
    }

    public long seed() {
        return seed;
    }

    /** Training steps taken since creation or loading. */
    public long stepsTaken() {
        return stepsTaken;
    }

    /** Total number of trainable values. */
    public long parameterCount() {
        return specs.stream().mapToLong(ParameterSpec::length).sum();
    }

    /**
     * Inference without dropout, including the self-attention maps.
     *
     * @param clips {@code [clip][mel][frame]}, each {@code nMels x frames}
     */
    public ForwardResult predict(float[][][] clips) {
        return predict(clips, true);
    }

    /** Inference without dropout; the self-attention maps (large for the paper preset) only when asked for. */
    public ForwardResult predict(float[][][] clips, boolean includeSelfAttention) {
        try (INDArray features = Tensors.features(clips, architecture);
             INDArray mask = Nd4j.ones(DataType.FLOAT, clips.length, architecture.sequenceWidth())) {
            return forward(features, mask, includeSelfAttention);
        }
    }

    /** A forward pass with an explicit dropout mask; package-private so tests can compare masks. */
    ForwardResult forward(INDArray features, INDArray dropoutMask, boolean includeSelfAttention) {
        List<String> outputs = new ArrayList<>(List.of(EMOTION_PROBABILITIES, SPEAKER_PROBABILITIES, ALPHA));
        if (includeSelfAttention) {
            outputs.add(SELF_ATTENTION);
        }
        Map<String, INDArray> result = sd.output(Map.of(FEATURES, features, DROPOUT_MASK, dropoutMask), outputs);
        try {
            return new ForwardResult(
                    Tensors.matrix(result.get(EMOTION_PROBABILITIES)),
                    Tensors.matrix(result.get(SPEAKER_PROBABILITIES)),
                    Tensors.matrix(result.get(ALPHA)),
                    includeSelfAttention ? Tensors.rank4(result.get(SELF_ATTENTION)) : new float[0][][][]);
        } finally {
            result.values().forEach(INDArray::close);
        }
    }

    /**
     * One RMSProp step on {@code gamma * CE_emotion + theta * CE_speaker} with a fresh dropout mask.
     *
     * @return the losses on this batch before the update
     * @throws NonFiniteLossException if any loss is NaN or infinite; the parameters are then unchanged
     */
    public StepLosses trainStep(Batch batch, double gamma, double theta, double learningRate) {
        try (INDArray mask = drawDropoutMask(batch.size())) {
            GradientsAndLosses step = gradients(batch, mask, gamma, theta);
            try {
                if (!Double.isFinite(step.losses().total())) {
                    throw new NonFiniteLossException(stepsTaken + 1, step.losses());
                }
                step.gradients().forEach((name, gradient) ->
                        optimizer.apply(name, sd.getArrForVarName(name), gradient, learningRate));
                stepsTaken++;
                return step.losses();
            } finally {
                step.gradients().values().forEach(INDArray::close);
            }
        }
    }

    /** Losses and parameter gradients for a batch under a given mask, without updating anything. */
    GradientsAndLosses gradients(Batch batch, INDArray dropoutMask, double gamma, double theta) {
        if (!gradientFunctionBuilt) {
            StdoutSilencer.runSilently(sd::createGradFunction);
            gradientFunctionBuilt = true;
        }
        Map<String, INDArray> placeholders = new HashMap<>();
        placeholders.put(FEATURES, Tensors.features(batch.features(), architecture));
        placeholders.put(EMOTION_LABELS, Tensors.oneHot(batch.emotionLabels(), emotions, "emotion"));
        placeholders.put(SPEAKER_LABELS, Tensors.oneHot(batch.speakerLabels(), speakers, "speaker"));
        placeholders.put(GAMMA, Tensors.scalar(gamma));
        placeholders.put(THETA, Tensors.scalar(theta));
        placeholders.put(DROPOUT_MASK, dropoutMask);
        List<String> lossNames = List.of(EMOTION_LOSS, SPEAKER_LOSS, WEIGHTED_EMOTION_LOSS, WEIGHTED_SPEAKER_LOSS, LOSS);
        List<String> parameterNames = specs.stream().map(ParameterSpec::name).toList();
        try {
            OutAndGrad result = sd.calculateGradientsAndOutputs(placeholders, lossNames, parameterNames);
            Map<String, INDArray> outputs = result.getOutputs();
            StepLosses losses = new StepLosses(
                    outputs.get(EMOTION_LOSS).getDouble(0),
                    outputs.get(SPEAKER_LOSS).getDouble(0),
                    outputs.get(WEIGHTED_EMOTION_LOSS).getDouble(0),
                    outputs.get(WEIGHTED_SPEAKER_LOSS).getDouble(0),
                    outputs.get(LOSS).getDouble(0));
            outputs.values().forEach(INDArray::close);
            return new GradientsAndLosses(losses, result.getGradients());
        } finally {
            placeholders.forEach((name, array) -> {
                if (array != dropoutMask) {
                    array.close();
                }
            });
        }
    }

    /** Inverted dropout: each kept unit is scaled by 1/(1-p) so inference needs no rescaling. */
    INDArray drawDropoutMask(int batchSize) {
        int width = architecture.sequenceWidth();
        double keep = 1 - architecture.dropout();
        float kept = (float) (1 / keep);
        float[] mask = new float[batchSize * width];
        for (int i = 0; i < mask.length; i++) {
            mask[i] = dropoutRandom.nextDouble() < keep ? kept : 0f;
        }
        return Nd4j.create(mask, new long[] {batchSize, width}, DataType.FLOAT);
    }

    /** The live parameter array (not a copy); package-private for tests and {@link ModelFile}. */
    INDArray parameter(String name) {
        return sd.getArrForVarName(name);
    }

    List<ParameterSpec> parameterSpecs() {
        return specs;
    }

    /** Writes the network to one file, atomically; see {@link ModelFile}. */
    public void save(Path file) throws IOException {
        ModelFile.write(this, file, Map.of());
    }

    /**
     * Writes the network and caller-supplied entries (normalisation statistics, label maps, provenance)
     * to one file, atomically. Entry names must match {@code [A-Za-z0-9._-]+}.
     */
    public void save(Path file, Map<String, byte[]> extraEntries) throws IOException {
        ModelFile.write(this, file, extraEntries);
    }

    /**
     * Reads a network written by {@link #save}; its outputs are bit-identical to the saved one's. The
     * optimiser state is not stored: training continues with fresh RMSProp accumulators.
     *
     * @throws ModelFileException naming the file if it is not a readable model file
     */
    public static EmotionNet load(Path file) throws IOException {
        return ModelFile.read(file);
    }

    /** The extra entries stored with {@link #save(Path, Map)}, by name. */
    public static Map<String, byte[]> readExtraEntries(Path file) throws IOException {
        return ModelFile.readExtraEntries(file);
    }

    /** Releases the parameter arrays' native memory; the net is unusable afterwards. */
    @Override
    public void close() {
        for (ParameterSpec spec : specs) {
            INDArray array = sd.getArrForVarName(spec.name());
            if (array != null && !array.wasClosed()) {
                array.close();
            }
        }
    }

    record GradientsAndLosses(StepLosses losses, Map<String, INDArray> gradients) {
    }
}
