package org.emoscope.model;

import static org.emoscope.model.ParameterNames.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The multitask attention CNN-BLSTM: its weights, the computation (written by hand over ND4J arrays, in
 * three parts), RMSProp state and the seeded dropout-mask stream.
 *
 * <p>Inference ({@link #predict}) never applies dropout and is deterministic. {@link #trainStep} draws a
 * fresh inverted-dropout mask (0 or 1/(1-p)) per step from a counter-based stream keyed by the seed, so two
 * nets created with the same arguments and fed the same batches train identically, and a net restored with
 * {@link #loadCheckpoint} continues exactly (bit for bit on the same machine) where the saved one was.
 *
 * <p>A training step is: front forward ({@link ConvolutionFront}), BLSTM forward ({@link BidirectionalLstm}),
 * attention and heads forward and backward ({@link AttentionClassifier}), BLSTM backward, front backward.
 * Every step closes what it allocates, so memory stays flat without help from the garbage collector.
 *
 * <p>Not thread-safe: use one instance from one thread at a time. Calls may take seconds for the paper
 * preset; keep them off the UI thread. Close the net to release its native memory early; otherwise the
 * garbage collector does it eventually.
 */
public final class EmotionNet implements AutoCloseable {
    /**
     * Most clip-steps (clips x BLSTM steps) one forward/backward pass handles; larger batches are split and their
     * gradients summed, which bounds memory without changing the step's meaning. 16 clips of the paper's 252
     * steps (its self-attention alone needs about 16 MB per clip per copy there). A batch of shorter clips goes
     * in fewer, larger passes, each paying ND4J's fixed cost per operation once (the default recipe's 32 clips of
     * 77 steps took two passes of 16 before; docs/benchmarks.md); their self-attention maps (clips x steps²)
     * stay below the paper's. Longer clips go in passes of fewer than 16.
     */
    static final int MAX_CLIP_STEPS_PER_PASS = 16 * 252;

    /** How many clips of {@code steps} BLSTM steps one pass handles: at least one. */
    static int clipsPerPass(int steps) {
        return Math.max(1, MAX_CLIP_STEPS_PER_PASS / steps);
    }

    private final ModelArchitecture architecture;
    private final int emotions;
    private final int speakers;
    private final long seed;
    private final List<ParameterSpec> specs;
    private final Map<String, INDArray> parameters;
    private final ConvolutionFront front;
    private final AttentionClassifier classifier;
    private final RmsProp optimizer = new RmsProp(RmsProp.DEFAULT_DECAY, RmsProp.DEFAULT_EPSILON);
    private final DropoutMasks dropoutMasks;
    private long stepsTaken;

    private EmotionNet(ModelArchitecture architecture, int emotions, int speakers, long seed,
                       Map<String, INDArray> parameters, TrainingState state) {
        this.architecture = architecture;
        this.emotions = emotions;
        this.speakers = speakers;
        this.seed = seed;
        this.specs = NetworkParameters.of(architecture, emotions, speakers);
        this.parameters = new LinkedHashMap<>(parameters);
        this.front = new ConvolutionFront(architecture, this.parameters);
        this.classifier = new AttentionClassifier(architecture, this.parameters);
        this.dropoutMasks = new DropoutMasks(seed, state.masksDrawn());
        this.stepsTaken = state.stepsTaken();
        state.accumulators().forEach(optimizer::restore);
    }

    /**
     * A freshly initialised network (Keras' defaults, see {@link ParameterSpec}) whose weights and dropout masks
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
        for (ParameterSpec spec : NetworkParameters.of(architecture, emotions, speakers)) {
            parameters.put(spec.name(), initialise(spec, random));
        }
        return new EmotionNet(architecture, emotions, speakers, seed, parameters, TrainingState.FRESH);
    }

    /**
     * Rebuilds a network around saved parameter arrays and training state (used by {@link ModelFile});
     * the network owns the arrays afterwards.
     */
    static EmotionNet restore(ModelArchitecture architecture, int emotions, int speakers, long seed,
                              Map<String, INDArray> parameters, TrainingState state) {
        return new EmotionNet(architecture, emotions, speakers, seed, parameters, state);
    }

    private static INDArray initialise(ParameterSpec spec, SplittableRandom random) {
        return Nd4j.create(Initialisation.values(spec, random), spec.shape(), DataType.FLOAT);
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
     * Inference without dropout, including the self-attention maps, every frame read as input.
     *
     * @param clips {@code [clip][mel][frame]}, each {@code nMels} bands of one common frame count
     */
    public ForwardResult predict(float[][][] clips) {
        return predict(clips, true);
    }

    /** Inference without dropout, every frame read as input; the self-attention maps only when asked for. */
    public ForwardResult predict(float[][][] clips, boolean includeSelfAttention) {
        return predict(clips, Batch.fullLengths(clips), includeSelfAttention);
    }

    /**
     * Inference without dropout; the self-attention maps (large for the paper preset) only when asked for.
     *
     * @param frames per clip, how many leading frames are audio; the steps that read later frames (padding) are
     *               ignored, so the result does not depend on how much padding a clip got, and alpha and the
     *               self-attention maps' key columns are exactly 0 there
     */
    public ForwardResult predict(float[][][] clips, int[] frames, boolean includeSelfAttention) {
        try (INDArray features = Tensors.features(clips, architecture);
             INDArray mask = Nd4j.ones(DataType.FLOAT, clips.length, architecture.sequenceWidth())) {
            return forward(features, stepLengths(frames, features.size(1)), mask, includeSelfAttention);
        }
    }

    /**
     * The real steps of each clip after the convolutions: those whose receptive field lies in the clip's
     * audio, all steps for a clip without padding.
     */
    private int[] stepLengths(int[] frames, long inputFrames) {
        int steps = architecture.stepsFor(Math.toIntExact(inputFrames));
        int[] lengths = new int[frames.length];
        for (int i = 0; i < frames.length; i++) {
            if (frames[i] < 1 || frames[i] > inputFrames) {
                throw new IllegalArgumentException("Clip " + i + " has " + frames[i] + " frames of audio, expected 1.."
                        + inputFrames);
            }
            lengths[i] = Math.min(steps, architecture.stepsFor(frames[i]));
        }
        return lengths;
    }

    /** A forward pass with an explicit dropout mask; package-private so tests can compare masks. */
    ForwardResult forward(INDArray features, int[] lengths, INDArray dropoutMask, boolean includeSelfAttention) {
        try (NetworkPass pass = forwardPass(features, lengths, dropoutMask)) {
            AttentionClassifier.Pass head = pass.head;
            return new ForwardResult(
                    Tensors.floats(head.emotionProbabilities()),
                    Tensors.floats(head.speakerProbabilities()),
                    Tensors.matrix(head.alpha()),
                    includeSelfAttention ? Tensors.rank4(head.selfAttention()) : new float[0][][][]);
        }
    }

    /**
     * One RMSProp step on {@code gamma * CE_emotion + theta * CE_speaker} with a fresh dropout mask.
     *
     * @return the losses on this batch before the update
     * @throws NonFiniteLossException if any loss is NaN or infinite; the parameters are then unchanged
     */
    public StepLosses trainStep(Batch batch, double gamma, double theta, double learningRate) {
        return trainStep(batch, gamma, theta, learningRate, 0);
    }

    /**
     * One RMSProp step as {@link #trainStep(Batch, double, double, double)}, with the gradient scaled down to a
     * global L2 norm of {@code clipNorm} when it is longer (0: no clipping).
     */
    public StepLosses trainStep(Batch batch, double gamma, double theta, double learningRate, double clipNorm) {
        try (INDArray mask = drawDropoutMask(batch.size())) {
            GradientsAndLosses step = batchGradients(batch, mask, gamma, theta);
            try {
                if (!Double.isFinite(step.losses().total())) {
                    throw new NonFiniteLossException(stepsTaken + 1, step.losses());
                }
                clip(step.gradients().values(), clipNorm);
                step.gradients().forEach((name, gradient) ->
                        optimizer.apply(name, parameters.get(name), gradient, learningRate));
                stepsTaken++;
                return step.losses();
            } finally {
                step.gradients().values().forEach(INDArray::close);
            }
        }
    }

    /** Scales {@code gradients} together so that their global L2 norm is at most {@code maxNorm} (0: unchanged). */
    private static void clip(Collection<INDArray> gradients, double maxNorm) {
        if (maxNorm <= 0) {
            return;
        }
        double squares = 0;
        for (INDArray gradient : gradients) {
            double norm = gradient.norm2Number().doubleValue();
            squares += norm * norm;
        }
        double norm = Math.sqrt(squares);
        if (norm > maxNorm) {
            gradients.forEach(gradient -> gradient.muli(maxNorm / norm));
        }
    }

    /**
     * {@link #gradients} of the whole batch, computed {@link #clipsPerPass} clips at a time: the
     * losses are batch means, so the batch's gradient is the chunks' gradients weighted by their share.
     */
    GradientsAndLosses batchGradients(Batch batch, INDArray dropoutMask, double gamma, double theta) {
        int size = batch.size();
        int perPass = clipsPerPass(architecture.stepsFor(Batch.fullLengths(batch.features())[0]));
        if (size <= perPass) {
            return gradients(batch, dropoutMask, gamma, theta);
        }
        Map<String, INDArray> sums = new HashMap<>();
        double[] losses = new double[5];
        try {
            for (int start = 0; start < size; start += perPass) {
                int end = Math.min(size, start + perPass);
                double share = (double) (end - start) / size;
                GradientsAndLosses chunk;
                try (INDArray chunkMask = dropoutMask.get(NDArrayIndex.interval(start, end), NDArrayIndex.all()).dup()) {
                    chunk = gradients(batch.slice(start, end), chunkMask, gamma, theta);
                }
                StepLosses l = chunk.losses();
                double[] values = {l.emotionCrossEntropy(), l.speakerCrossEntropy(), l.weightedEmotion(),
                        l.weightedSpeaker(), l.total()};
                for (int i = 0; i < values.length; i++) {
                    losses[i] += share * values[i];
                }
                chunk.gradients().forEach((name, gradient) -> {
                    gradient.muli(share);
                    INDArray sum = sums.putIfAbsent(name, gradient);
                    if (sum != null) {
                        sum.addi(gradient);
                        gradient.close();
                    }
                });
            }
        } catch (RuntimeException e) {
            sums.values().forEach(INDArray::close);
            throw e;
        }
        return new GradientsAndLosses(new StepLosses(losses[0], losses[1], losses[2], losses[3], losses[4]), sums);
    }

    /** Losses and parameter gradients for a batch under a given mask, without updating anything. */
    GradientsAndLosses gradients(Batch batch, INDArray dropoutMask, double gamma, double theta) {
        Tensors.requireLabels(batch.emotionLabels(), emotions, "emotion");
        Tensors.requireLabels(batch.speakerLabels(), speakers, "speaker");
        Map<String, INDArray> gradients = new HashMap<>();
        int[] lengths = stepLengths(batch.frames(), Batch.fullLengths(batch.features())[0]);
        try (INDArray features = Tensors.features(batch.features(), architecture);
             NetworkPass pass = forwardPass(features, lengths, dropoutMask)) {
            AttentionClassifier.Gradients back =
                    classifier.backward(pass.head, batch.emotionLabels(), batch.speakerLabels(), gamma, theta);
            try (INDArray lstmInputGradient = backToFront(pass, back, gradients)) {
                gradients.putAll(front.backward(pass.front, lstmInputGradient));
            }
            return new GradientsAndLosses(back.losses(), gradients);
        } catch (RuntimeException e) {
            gradients.values().forEach(INDArray::close);
            throw e;
        }
    }

    /**
     * Gradient saliency: for each clip, the gradient of the log-probability of emotion {@code classes[i]} with
     * respect to its input features, read as inference reads it (no dropout).
     *
     * @param clips  {@code [clip][mel][frame]}, one common frame count
     * @param frames per clip, how many leading frames are audio (see {@link #predict(float[][][], int[], boolean)})
     * @return {@code [clip][mel][frame]}
     */
    public float[][][] saliency(float[][][] clips, int[] frames, int[] classes) {
        Tensors.requireLabels(classes, emotions, "emotion");
        Map<String, INDArray> gradients = new HashMap<>();
        int[] lengths = stepLengths(frames, clips[0][0].length);
        try (INDArray features = Tensors.features(clips, architecture);
             INDArray mask = Nd4j.ones(DataType.FLOAT, clips.length, architecture.sequenceWidth());
             NetworkPass pass = forwardPass(features, lengths, mask)) {
            // The emotion loss is the batch's mean cross-entropy: weighted by −batch it is the sum of log p(class).
            AttentionClassifier.Gradients back = classifier.backward(pass.head, classes, new int[clips.length],
                    -clips.length, 0);
            try (INDArray lstmInputGradient = backToFront(pass, back, gradients);
                 INDArray featureGradient = front.featuresGradient(pass.front, lstmInputGradient)) {
                return Tensors.clipsOf(featureGradient, clips.length, clips[0][0].length, architecture.nMels());
            }
        } finally {
            gradients.values().forEach(INDArray::close);
        }
    }

    /** Inverted dropout: each kept unit is scaled by 1/(1-p) so inference needs no rescaling. */
    INDArray drawDropoutMask(int batchSize) {
        return dropoutMasks.next(batchSize, architecture.sequenceWidth(), architecture.dropout());
    }

    /** One forward pass through the three blocks, kept for a backward pass: the only place they are wired. */
    private NetworkPass forwardPass(INDArray features, int[] lengths, INDArray dropoutMask) {
        ConvolutionFront.Activations frontPass = front.forward(features);
        LstmPass lstm = null;
        try {
            lstm = lstmForward(frontPass.output(), lengths);
            return new NetworkPass(frontPass, lstm, classifier.forward(lstm.output(), dropoutMask, lengths));
        } catch (RuntimeException e) {
            if (lstm != null) {
                lstm.close();
            }
            frontPass.close();
            throw e;
        }
    }

    /**
     * Backpropagates the heads' gradients {@code back} through the BLSTM, adding every parameter gradient after
     * the front to {@code gradients}; returns the gradient of the BLSTM input, which the caller closes.
     */
    private static INDArray backToFront(NetworkPass pass, AttentionClassifier.Gradients back,
                                        Map<String, INDArray> gradients) {
        gradients.putAll(back.parameters());
        try (INDArray lstmOutputGradient = back.sequence()) {
            return pass.lstm.backward(lstmOutputGradient, gradients);
        }
    }

    /** The three blocks' forward activations for one batch; closes them last to first. */
    private record NetworkPass(ConvolutionFront.Activations front, LstmPass lstm, AttentionClassifier.Pass head)
            implements AutoCloseable {
        @Override
        public void close() {
            try {
                head.close();
            } finally {
                try {
                    lstm.close();
                } finally {
                    front.close();
                }
            }
        }
    }

    /** Runs the stacked BLSTM layers forward on {@code input}, keeping what the backward pass needs. */
    private LstmPass lstmForward(INDArray input, int[] lengths) {
        LstmPass pass = new LstmPass();
        try {
            INDArray sequence = input;
            for (int layer = 0; layer < architecture.lstmLayers(); layer++) {
                BidirectionalLstm.Activations activations = BidirectionalLstm.forward(sequence,
                        parameters.get(lstmInputWeights(layer)), parameters.get(lstmRecurrentWeights(layer)),
                        parameters.get(lstmBias(layer)), lengths);
                pass.layers.add(activations);
                sequence = activations.output();
            }
            return pass;
        } catch (RuntimeException e) {
            pass.close();
            throw e;
        }
    }

    /** The stacked BLSTM layers' forward activations for one batch. */
    private final class LstmPass implements AutoCloseable {
        private final List<BidirectionalLstm.Activations> layers = new ArrayList<>();

        INDArray output() {
            return layers.get(layers.size() - 1).output();
        }

        /** Adds the layers' parameter gradients to {@code gradients}; returns the gradient of the input. */
        INDArray backward(INDArray outputGradient, Map<String, INDArray> gradients) {
            INDArray upstream = outputGradient;
            for (int layer = layers.size() - 1; layer >= 0; layer--) {
                BidirectionalLstm.Gradients layerGradients = BidirectionalLstm.backward(layers.get(layer), upstream,
                        parameters.get(lstmInputWeights(layer)), parameters.get(lstmRecurrentWeights(layer)));
                if (upstream != outputGradient) {
                    upstream.close();
                }
                gradients.put(lstmInputWeights(layer), layerGradients.inputWeights());
                gradients.put(lstmRecurrentWeights(layer), layerGradients.recurrentWeights());
                gradients.put(lstmBias(layer), layerGradients.bias());
                upstream = layerGradients.input();
            }
            return upstream;
        }

        @Override
        public void close() {
            layers.forEach(BidirectionalLstm.Activations::close);
        }
    }

    /** The live parameter array (not a copy); package-private for tests and {@link ModelFile}. */
    INDArray parameter(String name) {
        return parameters.get(name);
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
     * Writes the network with its complete training state (RMSProp accumulators, steps taken, dropout
     * stream position) and caller-supplied entries to one file, atomically. {@link #loadCheckpoint} then
     * continues training exactly as this net would: on the same machine, N steps, checkpoint, load and M
     * more steps give bit-identical weights to N + M uninterrupted steps. {@link #load} and
     * {@link #readExtraEntries} read checkpoints too (weights and extras only).
     */
    public void saveCheckpoint(Path file, Map<String, byte[]> extraEntries) throws IOException {
        ModelFile.writeCheckpoint(this, file, extraEntries);
    }

    /**
     * Reads a network and its training state written by {@link #saveCheckpoint}.
     *
     * @throws ModelFileException naming the file if it is not a readable checkpoint (a plain model file
     *                            written by {@link #save} has no training state and is rejected)
     */
    public static EmotionNet loadCheckpoint(Path file) throws IOException {
        return ModelFile.readCheckpoint(file);
    }

    /** Snapshot of the training state for {@link ModelFile}; the accumulator arrays are live, not copies. */
    TrainingState trainingState() {
        return new TrainingState(stepsTaken, dropoutMasks.drawn(), optimizer.accumulators());
    }

    /**
     * Reads a network written by {@link #save} (or the weights of a checkpoint); its outputs are
     * bit-identical to the saved one's. Training continues with fresh RMSProp accumulators and dropout
     * stream and a step count of zero; use {@link #loadCheckpoint} to resume exactly.
     *
     * @throws ModelFileException naming the file if it is not a readable model file
     */
    public static EmotionNet load(Path file) throws IOException {
        return ModelFile.read(file);
    }

    /**
     * Checks, without reading the parameters, that {@code file} is a whole model file: a complete zip
     * whose header is valid and whose every parameter entry has the size the architecture needs.
     * Cheap enough to run over every fold of every listed run.
     *
     * @throws ModelFileException naming the file and what is wrong
     */
    public static void verify(Path file) throws IOException {
        ModelFile.verify(file);
    }

    /** The extra entries stored with {@link #save(Path, Map)}, by name. */
    public static Map<String, byte[]> readExtraEntries(Path file) throws IOException {
        return ModelFile.readExtraEntries(file);
    }

    /** Releases the parameter and optimiser arrays' native memory; the net is unusable afterwards. */
    @Override
    public void close() {
        optimizer.close();
        for (INDArray array : parameters.values()) {
            if (!array.wasClosed()) {
                array.close();
            }
        }
    }

    record GradientsAndLosses(StepLosses losses, Map<String, INDArray> gradients) {
    }
}
