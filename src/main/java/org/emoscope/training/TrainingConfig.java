package org.emoscope.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emoscope.corpus.Speaker;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.ConfigProblem.Field;

/**
 * Everything that defines a training run, immutable. Build one with {@link #defaults(Path)}, one of
 * the paper's four configurations ({@link #singleTask}, {@link #multitask}, {@link #crossLanguage},
 * {@link #multitaskCrossLanguage}) and {@link #toBuilder()}; check it with {@link #validate()}, which
 * lists every problem at once. {@link TrainingConfigJson} reads and writes it.
 *
 * <p>Choices that the paper leaves open, and why:
 * <ul>
 *   <li>{@code learningRate} 0.001: the default of Keras' RMSprop, whose other defaults
 *       ({@code rho} 0.9, epsilon 1e-7) the model's optimiser uses too; we know of no rate stated in
 *       the paper.</li>
 *   <li>Multitask weights γ = 1, θ = 1: the paper tuned γ/θ but we cannot cite the values it chose,
 *       so both losses count equally.</li>
 *   <li>Dropout has one home, {@code architecture.dropout()}; {@link #dropout()} reads it. A preset
 *       fixes the sizes but not the dropout.</li>
 *   <li>{@link ModelSelection#VALIDATION} by default; the paper's protocol is
 *       {@link ModelSelection#TEST_ORACLE}, which is optimistic.</li>
 * </ul>
 *
 * @param formatVersion         JSON format version, {@link #FORMAT_VERSION}
 * @param targetCorpus          folder of the corpus whose speakers are tested (e.g. SAVEE); null only
 *                              when read from JSON without one ({@link #validate()} reports it)
 * @param heldOutSpeakers       speaker keys such as {@code "savee:DC"}: empty means leave-one-speaker-out
 *                              over every target speaker (one fold each); otherwise a single fold that
 *                              tests all the listed speakers together
 * @param addedCorpora          corpora whose clips only ever join the training data
 * @param balanceLanguages      after the added corpora are subsampled, cut every language of a fold's
 *                              training clips down, at random with the seed, to as many clips as the
 *                              smallest language has, so each language contributes equally (this may
 *                              shrink the target language too); no effect with one language
 * @param gamma                 weight γ of the emotion loss, ≥ 0
 * @param theta                 weight θ of the speaker loss, ≥ 0; 0 makes the speaker head idle
 *                              (single task). γ and θ may not both be 0
 * @param preset                which sizes {@code architecture} must have
 * @param architecture          the network, including its dropout
 * @param features              the log-Mel settings; {@code nMels} must equal the architecture's
 * @param maxFrames             frames per clip after cutting or padding, or {@link #AUTO_FRAMES}: the
 *                              longest clip of the run, at most {@link #PAPER_FRAMES}; a fixed count must
 *                              equal the architecture's {@code frames}
 * @param padValue              value padded after short clips (−1 in the paper), finite
 * @param epochs                training epochs per fold (the most when early stopping is on)
 * @param batchSize             clips per mini-batch
 * @param optimiser             {@code "rmsprop"}, the only one so far
 * @param learningRate          step size of the optimiser, positive
 * @param seed                  seeds weights, shuffling and every subsample, so equal configs give equal folds
 * @param modelSelection        how the kept epoch is chosen
 * @param validationSpeakers    with {@link ModelSelection#VALIDATION}: how many target speakers each fold
 *                              sets aside for validation, rotating (the ones after the first test speaker
 *                              in sorted order, wrapping round), at least 1. Ignored with
 *                              {@link ModelSelection#TEST_ORACLE}, whose validation set is the test set
 * @param earlyStoppingPatience stop a fold after this many epochs without a better selection score;
 *                              0 (the default, as in the paper) trains every epoch
 * @param recipe                the recipe these values started from (provenance; the fields rule)
 * @param normalisation         which statistics standardise each clip's bands
 * @param maskPadding           whether the network ignores padded frames (off in the paper)
 * @param learningRateSchedule  how the learning rate changes over the epochs
 * @param warmupEpochs          under {@link LearningRateSchedule#WARMUP_COSINE}: epochs of linear warm-up (at
 *                              most half of the training: a short run still decays)
 * @param gradientClipNorm      the largest global L2 norm of a step's gradient (larger ones are scaled
 *                              down to it); 0 = no clipping, as in the paper
 */
public record TrainingConfig(
        int formatVersion,
        Path targetCorpus,
        List<String> heldOutSpeakers,
        List<AddedCorpus> addedCorpora,
        boolean balanceLanguages,
        double gamma,
        double theta,
        ArchitecturePreset preset,
        ModelArchitecture architecture,
        MelSpectrogramConfig features,
        int maxFrames,
        float padValue,
        int epochs,
        int batchSize,
        String optimiser,
        double learningRate,
        long seed,
        ModelSelection modelSelection,
        int validationSpeakers,
        int earlyStoppingPatience,
        Recipe recipe,
        Normalisation normalisation,
        boolean maskPadding,
        LearningRateSchedule learningRateSchedule,
        int warmupEpochs,
        double gradientClipNorm) {

    public static final int FORMAT_VERSION = 2;
    public static final String RMSPROP = "rmsprop";
    public static final int DEFAULT_EPOCHS = 300;
    public static final int DEFAULT_BATCH_SIZE = 64;
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final long DEFAULT_SEED = 42;
    public static final int PAPER_FRAMES = 256;
    /** {@link #maxFrames()} that sizes the input to the data: the longest clip, capped at {@link #PAPER_FRAMES}. */
    public static final int AUTO_FRAMES = 0;
    public static final float DEFAULT_PAD_VALUE = -1f;

    public TrainingConfig {
        heldOutSpeakers = heldOutSpeakers == null ? List.of() : List.copyOf(heldOutSpeakers);
        addedCorpora = addedCorpora == null ? List.of() : List.copyOf(addedCorpora);
        Objects.requireNonNull(preset, "preset");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(optimiser, "optimiser");
        Objects.requireNonNull(modelSelection, "modelSelection");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(normalisation, "normalisation");
        Objects.requireNonNull(learningRateSchedule, "learningRateSchedule");
    }

    /**
     * Multitask training (γ = 1, θ = 1) of the paper's network on {@code targetCorpus}, leave one
     * speaker out, no added corpora, model chosen on a rotating validation speaker.
     */
    public static TrainingConfig defaults(Path targetCorpus) {
        ModelArchitecture paper = ModelArchitecture.paper();
        TrainingConfig base = new TrainingConfig(FORMAT_VERSION, targetCorpus, List.of(), List.of(), false, 1.0, 1.0,
                ArchitecturePreset.PAPER, paper, MelSpectrogramConfig.paper(), PAPER_FRAMES,
                DEFAULT_PAD_VALUE, DEFAULT_EPOCHS, DEFAULT_BATCH_SIZE, RMSPROP, DEFAULT_LEARNING_RATE,
                DEFAULT_SEED, ModelSelection.VALIDATION, 1, 0, Recipe.PAPER, Normalisation.TRAINING_FOLD, false,
                LearningRateSchedule.CONSTANT, 0, 0);
        return Recipe.DEFAULT.applyTo(base.toBuilder()).build();
    }

    /** The paper's baseline: emotion loss only (γ = 1, θ = 0). */
    public static TrainingConfig singleTask(Path targetCorpus) {
        return defaults(targetCorpus).toBuilder().lossWeights(1.0, 0.0).build();
    }

    /** The paper's multitask model: emotion and speaker loss (γ = 1, θ = 1). */
    public static TrainingConfig multitask(Path targetCorpus) {
        return defaults(targetCorpus).toBuilder().lossWeights(1.0, 1.0).build();
    }

    /** Single task with every clip of {@code otherCorpus} (another language) added to training. */
    public static TrainingConfig crossLanguage(Path targetCorpus, Path otherCorpus) {
        return singleTask(targetCorpus).toBuilder().addedCorpora(List.of(AddedCorpus.whole(otherCorpus))).build();
    }

    /** Multitask with every clip of {@code otherCorpus} (another language) added to training. */
    public static TrainingConfig multitaskCrossLanguage(Path targetCorpus, Path otherCorpus) {
        return multitask(targetCorpus).toBuilder().addedCorpora(List.of(AddedCorpus.whole(otherCorpus))).build();
    }

    /**
     * The training choices in one line, as every result states them, e.g. "default recipe · per-speaker
     * statistics (transductive: ...) · padding masked · frames auto · warmup-cosine lr 0.001 (warm-up 2) · ...".
     */
    public String choicesSummary() {
        return choicesSummary(null);
    }

    /** {@link #choicesSummary()} with the frame count {@code frames: auto} resolved to, when it is known (not null). */
    public String choicesSummary(Integer autoFrames) {
        String frames = maxFrames == AUTO_FRAMES
                ? "frames auto (longest clip, at most " + PAPER_FRAMES + (autoFrames == null ? ")" : "): " + autoFrames)
                : maxFrames + " frames";
        String schedule = learningRateSchedule.label() + " lr " + learningRate
                + (learningRateSchedule == LearningRateSchedule.WARMUP_COSINE ? " (warm-up " + warmupEpochs + ")" : "");
        return String.join(" · ", recipe.label() + " recipe", normalisation.description(),
                maskPadding ? "padding masked" : "padding as input", frames, schedule,
                gradientClipNorm > 0 ? "gradient norm clipped at " + gradientClipNorm : "no gradient clipping",
                "batch " + batchSize, epochs + " epochs", "selection " + modelSelection.label());
    }

    /** The drop probability, kept in {@link #architecture()}. */
    public double dropout() {
        return architecture.dropout();
    }

    /** Whether every target speaker gets its own fold (no {@link #heldOutSpeakers()} given). */
    public boolean leaveOneSpeakerOut() {
        return heldOutSpeakers.isEmpty();
    }

    /**
     * The held-out speakers, parsed.
     *
     * @throws IllegalArgumentException when a key is malformed ({@link #validate()} reports it too)
     */
    public List<Speaker> heldOut() {
        return heldOutSpeakers.stream().map(Speaker::parse).toList();
    }

    /** Every problem with this configuration, each a sentence naming the field; empty when valid. */
    public List<String> validate() {
        return problems().stream().map(ConfigProblem::message).toList();
    }

    /** How the architecture's problems about the dropout begin (see {@link ModelArchitecture#validate()}). */
    private static final String DROPOUT = "dropout";

    /** {@link #validate()}'s problems with the fields each concerns. */
    public List<ConfigProblem> problems() {
        List<ConfigProblem> problems = new ArrayList<>();
        if (formatVersion != FORMAT_VERSION) {
            problems.add(ConfigProblem.of(Field.FORMAT,
                    "formatVersion", " must be " + FORMAT_VERSION + ", got " + formatVersion));
        }
        if (targetCorpus == null) {
            problems.add(ConfigProblem.of(Field.TARGET_CORPUS,
                    "targetCorpus", " is missing: give the folder of the corpus to test on"));
        }
        validateHeldOutSpeakers(problems);
        validateAddedCorpora(problems);
        validateLossWeights(problems);
        validateNetwork(problems);
        validateSchedule(problems);
        return List.copyOf(problems);
    }

    private void validateHeldOutSpeakers(List<ConfigProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (String key : heldOutSpeakers) {
            try {
                Speaker.parse(key);
            } catch (IllegalArgumentException e) {
                problems.add(ConfigProblem.of(Field.HELD_OUT_SPEAKERS, "heldOutSpeakers", ": " + e.getMessage()));
            }
            if (!seen.add(key)) {
                problems.add(ConfigProblem.of(Field.HELD_OUT_SPEAKERS, "heldOutSpeakers",
                        " lists '" + key + "' twice"));
            }
        }
    }

    private void validateAddedCorpora(List<ConfigProblem> problems) {
        Set<Path> seen = new HashSet<>();
        for (int i = 0; i < addedCorpora.size(); i++) {
            AddedCorpus added = addedCorpora.get(i);
            String name = "addedCorpora[" + i + "]";
            if (added == null || added.folder() == null) {
                problems.add(ConfigProblem.of(Field.ADDED_CORPORA, name, " has no folder"));
                continue;
            }
            if (!(added.fraction() >= 0 && added.fraction() <= 1)) {
                problems.add(ConfigProblem.of(Field.ADDED_CORPORA,
                        name + ".fraction", " must be between 0 and 1, got " + added.fraction()));
            }
            if (targetCorpus != null && sameFolder(added.folder(), targetCorpus)) {
                problems.add(ConfigProblem.of(Field.ADDED_CORPORA,
                        name, " is the target corpus " + targetCorpus
                        + "; its test speakers would leak into training"));
            }
            if (!seen.add(added.folder().toAbsolutePath().normalize())) {
                problems.add(ConfigProblem.of(Field.ADDED_CORPORA,
                        name, " adds " + added.folder() + " a second time"));
            }
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private void validateLossWeights(List<ConfigProblem> problems) {
        if (!(gamma >= 0) || Double.isInfinite(gamma)) {
            problems.add(ConfigProblem.of(Field.GAMMA, "gamma", " must be a finite number >= 0, got " + gamma));
        }
        if (!(theta >= 0) || Double.isInfinite(theta)) {
            problems.add(ConfigProblem.of(Field.THETA, "theta", " must be a finite number >= 0, got " + theta));
        }
        if (gamma == 0 && theta == 0) {
            problems.add(new ConfigProblem(List.of(Field.GAMMA, Field.THETA),
                    "gamma and theta", " are both 0: nothing would be learned"));
        }
    }

    private void validateNetwork(List<ConfigProblem> problems) {
        // The dropout lives in the architecture but is a training choice of its own, with a field of its own.
        for (String problem : architecture.validate()) {
            problems.add(problem.startsWith(DROPOUT)
                    ? ConfigProblem.of(Field.DROPOUT, "architecture." + DROPOUT, problem.substring(DROPOUT.length()))
                    : ConfigProblem.of(Field.ARCHITECTURE, "architecture", ": " + problem));
        }
        if (!preset.fixesSizesOf(architecture)) {
            problems.add(ConfigProblem.of(Field.ARCHITECTURE, "architecture", " differs from the '" + preset.label()
                    + "' preset's sizes; choose preset 'custom' to use other sizes"));
        }
        features.validate().forEach(p -> problems.add(ConfigProblem.of(Field.FEATURES, "features", ": " + p)));
        if (architecture.nMels() != features.nMels()) {
            problems.add(ConfigProblem.of(Field.ARCHITECTURE,
                    "architecture.nMels", " (" + architecture.nMels() + ") must equal features.nMels ("
                    + features.nMels() + ")"));
        }
        if (maxFrames < 0) {
            problems.add(ConfigProblem.of(Field.FRAMES,
                    "maxFrames", " must be positive or " + AUTO_FRAMES + " (auto), got " + maxFrames));
        }
        if (maxFrames != AUTO_FRAMES && architecture.frames() != maxFrames) {
            problems.add(ConfigProblem.of(Field.ARCHITECTURE,
                    "architecture.frames", " (" + architecture.frames() + ") must equal maxFrames ("
                            + maxFrames + ")"));
        }
        if (!Float.isFinite(padValue)) {
            problems.add(ConfigProblem.of(Field.PAD_VALUE, "padValue", " must be finite, got " + padValue));
        }
    }

    private void validateSchedule(List<ConfigProblem> problems) {
        if (epochs < 1) {
            problems.add(ConfigProblem.of(Field.EPOCHS, "epochs", " must be positive, got " + epochs));
        }
        if (batchSize < 1) {
            problems.add(ConfigProblem.of(Field.BATCH_SIZE, "batchSize", " must be positive, got " + batchSize));
        }
        if (!RMSPROP.equals(optimiser)) {
            problems.add(ConfigProblem.of(Field.OPTIMISER,
                    "optimiser", " must be '" + RMSPROP + "', got '" + optimiser + "'"));
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            problems.add(ConfigProblem.of(Field.LEARNING_RATE,
                    "learningRate", " must be a positive finite number, got " + learningRate));
        }
        if (modelSelection == ModelSelection.VALIDATION && validationSpeakers < 1) {
            problems.add(ConfigProblem.of(Field.VALIDATION_SPEAKERS,
                    "validationSpeakers", " must be at least 1 when the model is selected on validation data, got "
                    + validationSpeakers));
        }
        if (earlyStoppingPatience < 0) {
            problems.add(ConfigProblem.of(Field.EARLY_STOPPING,
                    "earlyStoppingPatience", " must be >= 0 (0 = off), got " + earlyStoppingPatience));
        }
        if (warmupEpochs < 0) {
            problems.add(ConfigProblem.of(Field.WARMUP, "warmupEpochs", " must be >= 0, got " + warmupEpochs));
        }
        if (!(gradientClipNorm >= 0) || Double.isInfinite(gradientClipNorm)) {
            problems.add(ConfigProblem.of(Field.GRADIENT_CLIP,
                    "gradientClipNorm", " must be a finite number >= 0 (0 = off), got " + gradientClipNorm));
        }
    }

    /** A builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Changes some fields of a configuration. Not thread-safe; {@link #build()} does not validate.
     * {@link #preset(ArchitecturePreset)} and {@link #architecture(ModelArchitecture)} keep the preset and
     * the sizes consistent; {@link #dropout(double)} changes only the dropout.
     */
    public static final class Builder {
        private Path targetCorpus;
        private List<String> heldOutSpeakers;
        private List<AddedCorpus> addedCorpora;
        private boolean balanceLanguages;
        private double gamma;
        private double theta;
        private ArchitecturePreset preset;
        private ModelArchitecture architecture;
        private MelSpectrogramConfig features;
        private int maxFrames;
        private float padValue;
        private int epochs;
        private int batchSize;
        private String optimiser;
        private double learningRate;
        private long seed;
        private ModelSelection modelSelection;
        private int validationSpeakers;
        private int earlyStoppingPatience;
        private Recipe recipe;
        private Normalisation normalisation;
        private boolean maskPadding;
        private LearningRateSchedule learningRateSchedule;
        private int warmupEpochs;
        private double gradientClipNorm;

        private Builder(TrainingConfig c) {
            targetCorpus = c.targetCorpus;
            heldOutSpeakers = c.heldOutSpeakers;
            addedCorpora = c.addedCorpora;
            balanceLanguages = c.balanceLanguages;
            gamma = c.gamma;
            theta = c.theta;
            preset = c.preset;
            architecture = c.architecture;
            features = c.features;
            maxFrames = c.maxFrames;
            padValue = c.padValue;
            epochs = c.epochs;
            batchSize = c.batchSize;
            optimiser = c.optimiser;
            learningRate = c.learningRate;
            seed = c.seed;
            modelSelection = c.modelSelection;
            validationSpeakers = c.validationSpeakers;
            earlyStoppingPatience = c.earlyStoppingPatience;
            recipe = c.recipe;
            normalisation = c.normalisation;
            maskPadding = c.maskPadding;
            learningRateSchedule = c.learningRateSchedule;
            warmupEpochs = c.warmupEpochs;
            gradientClipNorm = c.gradientClipNorm;
        }

        public Builder targetCorpus(Path folder) {
            targetCorpus = folder;
            return this;
        }

        /** Speaker keys such as {@code "savee:DC"}; empty for leave-one-speaker-out. */
        public Builder heldOutSpeakers(List<String> keys) {
            heldOutSpeakers = keys;
            return this;
        }

        public Builder addedCorpora(List<AddedCorpus> corpora) {
            addedCorpora = corpora;
            return this;
        }

        public Builder balanceLanguages(boolean balance) {
            balanceLanguages = balance;
            return this;
        }

        /** γ for the emotion loss and θ for the speaker loss. */
        public Builder lossWeights(double gamma, double theta) {
            this.gamma = gamma;
            this.theta = theta;
            return this;
        }

        /** Switches to a preset's sizes, keeping the current dropout and frames; {@code CUSTOM} keeps the sizes too. */
        public Builder preset(ArchitecturePreset preset) {
            this.preset = preset;
            preset.architecture().ifPresent(sizes -> architecture = ArchitecturePreset.withFrames(
                    ArchitecturePreset.withDropout(sizes, architecture.dropout()), architecture.frames()));
            return this;
        }

        /** Hand-made sizes (and dropout); the preset becomes {@code CUSTOM}. */
        public Builder architecture(ModelArchitecture architecture) {
            this.architecture = architecture;
            this.preset = ArchitecturePreset.CUSTOM;
            return this;
        }

        /** Changes the architecture's dropout only; the preset stays. */
        public Builder dropout(double dropout) {
            architecture = ArchitecturePreset.withDropout(architecture, dropout);
            return this;
        }

        public Builder features(MelSpectrogramConfig features) {
            this.features = features;
            return this;
        }

        /** Frames per clip, or {@link #AUTO_FRAMES}; a fixed count becomes the architecture's input frames too. */
        public Builder maxFrames(int maxFrames) {
            this.maxFrames = maxFrames;
            if (maxFrames > 0) {
                architecture = ArchitecturePreset.withFrames(architecture, maxFrames);
            }
            return this;
        }

        public Builder padValue(float padValue) {
            this.padValue = padValue;
            return this;
        }

        public Builder epochs(int epochs) {
            this.epochs = epochs;
            return this;
        }

        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        public Builder optimiser(String optimiser) {
            this.optimiser = optimiser;
            return this;
        }

        public Builder learningRate(double learningRate) {
            this.learningRate = learningRate;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder modelSelection(ModelSelection modelSelection) {
            this.modelSelection = modelSelection;
            return this;
        }

        public Builder validationSpeakers(int validationSpeakers) {
            this.validationSpeakers = validationSpeakers;
            return this;
        }

        public Builder earlyStoppingPatience(int patience) {
            this.earlyStoppingPatience = patience;
            return this;
        }

        /** Sets every field a recipe fixes (see {@link Recipe#applyTo}) and records the recipe. */
        public Builder recipe(Recipe recipe) {
            return recipe.applyTo(this);
        }

        /** Records which recipe the values came from, changing nothing else. */
        public Builder recipeLabel(Recipe recipe) {
            this.recipe = recipe;
            return this;
        }

        public Builder normalisation(Normalisation normalisation) {
            this.normalisation = normalisation;
            return this;
        }

        public Builder maskPadding(boolean mask) {
            this.maskPadding = mask;
            return this;
        }

        public Builder learningRateSchedule(LearningRateSchedule schedule) {
            this.learningRateSchedule = schedule;
            return this;
        }

        public Builder warmupEpochs(int warmupEpochs) {
            this.warmupEpochs = warmupEpochs;
            return this;
        }

        public Builder gradientClipNorm(double norm) {
            this.gradientClipNorm = norm;
            return this;
        }

        public TrainingConfig build() {
            return new TrainingConfig(FORMAT_VERSION, targetCorpus, heldOutSpeakers, addedCorpora, balanceLanguages,
                    gamma, theta, preset, architecture, features, maxFrames, padValue, epochs, batchSize, optimiser,
                    learningRate, seed, modelSelection, validationSpeakers, earlyStoppingPatience, recipe,
                    normalisation, maskPadding, learningRateSchedule, warmupEpochs, gradientClipNorm);
        }
    }
}
