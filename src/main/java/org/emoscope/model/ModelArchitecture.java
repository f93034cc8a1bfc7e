package org.emoscope.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes of the attention CNN-BLSTM of Fu et al.: three 1-D convolutions over time (no padding, ReLU),
 * a per-step dense bottleneck (ReLU), a stacked bidirectional LSTM, multi-head self-attention,
 * local-attention pooling, dropout and two softmax heads (emotion and speaker).
 *
 * <p>The input is a log-Mel patch of {@code nMels} bands by {@code frames} frames. Immutable; check
 * {@link #validate()} (or call {@link #requireValid()}) before building a network from a hand-made one.
 *
 * @param nMels         Mel bands per frame (the convolutions' input channels)
 * @param frames        frames per clip (time steps entering the first convolution)
 * @param convFilters   output channels of the three convolutions
 * @param convKernels   kernel widths (in frames) of the three convolutions
 * @param bottleneck    width of the per-step dense layer after the convolutions
 * @param lstmUnits     LSTM units per direction (each bidirectional layer outputs twice this)
 * @param lstmLayers    number of stacked bidirectional LSTM layers
 * @param heads         self-attention heads
 * @param attentionDim  total width of the query/key/value projections (split evenly across heads)
 * @param dropout       drop probability applied to the pooled vector during training, in [0, 1)
 */
public record ModelArchitecture(
        int nMels,
        int frames,
        List<Integer> convFilters,
        List<Integer> convKernels,
        int bottleneck,
        int lstmUnits,
        int lstmLayers,
        int heads,
        int attentionDim,
        double dropout) {

    /** Number of convolution layers the network has. */
    public static final int CONV_LAYERS = 3;

    public ModelArchitecture {
        convFilters = List.copyOf(convFilters);
        convKernels = List.copyOf(convKernels);
    }

    /** 65 536 frames of 25 ms: 27 minutes, far beyond any clip. */
    static final int MAX_FRAMES = 65_536;
    static final int MAX_WIDTH = 65_536;
    static final int MAX_KERNEL = 1_024;
    static final int MAX_LAYERS = 64;

    /** The paper's sizes: 128 Mels x 256 frames, filters 512/1024/2048, 16 heads over 256-wide BLSTM output. */
    public static ModelArchitecture paper() {
        return new ModelArchitecture(128, 256, List.of(512, 1024, 2048), List.of(3, 1, 3),
                512, 128, 2, 16, 256, 0.35);
    }

    /** Same topology, sized to train on a laptop CPU. */
    public static ModelArchitecture compact() {
        return new ModelArchitecture(128, 256, List.of(64, 128, 256), List.of(3, 1, 3),
                128, 64, 2, 4, 128, 0.35);
    }

    /** Time steps left after the unpadded convolutions: {@code frames - sum(kernel - 1)} (252 for the paper). */
    public int steps() {
        int steps = frames;
        for (int kernel : convKernels) {
            steps -= kernel - 1;
        }
        return steps;
    }

    /**
     * The steps whose receptive field lies wholly in a clip's first {@code realFrames} frames (at least 1):
     * the steps that see only audio when the rest of the input is padding.
     */
    public int stepsFor(int realFrames) {
        return Math.max(1, realFrames - receptiveFrames() + 1);
    }

    /** Input frames that feed one step: {@code 1 + sum(kernel - 1)} (5 for kernels 3/1/3). */
    public int receptiveFrames() {
        return frames - steps() + 1;
    }

    /** Inputs per step of BLSTM layer {@code layer}: the bottleneck for the first, the layer below's output after. */
    public int lstmInputs(int layer) {
        return layer == 0 ? bottleneck : sequenceWidth();
    }

    /** Width of each BLSTM step and of the pooled vector: two directions of {@link #lstmUnits()}. */
    public int sequenceWidth() {
        return 2 * lstmUnits;
    }

    /** Every problem with these sizes, each as a sentence; empty when the architecture can be built. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        requirePositive(problems, "nMels", nMels);
        requirePositive(problems, "frames", frames);
        if (convFilters.size() != CONV_LAYERS) {
            problems.add("convFilters must list " + CONV_LAYERS + " sizes, got " + convFilters.size());
        }
        if (convKernels.size() != CONV_LAYERS) {
            problems.add("convKernels must list " + CONV_LAYERS + " sizes, got " + convKernels.size());
        }
        for (int i = 0; i < convFilters.size(); i++) {
            requirePositive(problems, "convFilters[" + i + "]", convFilters.get(i));
        }
        boolean kernelsPositive = true;
        for (int i = 0; i < convKernels.size(); i++) {
            if (convKernels.get(i) <= 0) {
                kernelsPositive = false;
            }
            requirePositive(problems, "convKernels[" + i + "]", convKernels.get(i));
        }
        if (kernelsPositive && frames > 0 && steps() < 1) {
            problems.add("frames (" + frames + ") must exceed the convolutions' total shrinkage ("
                    + (frames - steps()) + ")");
        }
        requirePositive(problems, "bottleneck", bottleneck);
        requirePositive(problems, "lstmUnits", lstmUnits);
        requirePositive(problems, "lstmLayers", lstmLayers);
        requirePositive(problems, "heads", heads);
        requirePositive(problems, "attentionDim", attentionDim);
        if (heads > 0 && attentionDim > 0 && attentionDim % heads != 0) {
            problems.add("attentionDim (" + attentionDim + ") must be divisible by heads (" + heads + ")");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            problems.add("dropout must be in [0, 1), got " + dropout);
        }
        // Bounds far above any real network, so a damaged or hand-edited size fails here, not as an overflow.
        requireAtMost(problems, "frames", frames, MAX_FRAMES);
        requireAtMost(problems, "nMels", nMels, MAX_WIDTH);
        convFilters.forEach(f -> requireAtMost(problems, "convFilters", f, MAX_WIDTH));
        convKernels.forEach(k -> requireAtMost(problems, "convKernels", k, MAX_KERNEL));
        requireAtMost(problems, "bottleneck", bottleneck, MAX_WIDTH);
        requireAtMost(problems, "lstmUnits", lstmUnits, MAX_WIDTH);
        requireAtMost(problems, "lstmLayers", lstmLayers, MAX_LAYERS);
        requireAtMost(problems, "heads", heads, MAX_KERNEL);
        requireAtMost(problems, "attentionDim", attentionDim, MAX_WIDTH);
        return List.copyOf(problems);
    }

    /**
     * Returns this architecture when it is valid.
     *
     * @throws IllegalArgumentException listing every problem {@link #validate()} found
     */
    public ModelArchitecture requireValid() {
        List<String> problems = validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid model architecture: " + String.join("; ", problems));
        }
        return this;
    }

    private static void requireAtMost(List<String> problems, String name, int value, int most) {
        if (value > most) {
            problems.add(name + " must be at most " + most + ", got " + value);
        }
    }

    private static void requirePositive(List<String> problems, String name, int value) {
        if (value <= 0) {
            problems.add(name + " must be positive, got " + value);
        }
    }
}
