package org.emoscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emoscope.experiment.SeedGroup;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.training.LearningRateSchedule;
import org.emoscope.training.ModelSelection;
import org.emoscope.training.Normalisation;
import org.emoscope.training.Recipe;
import org.emoscope.training.TrainingConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Training options shared by {@code train} and {@code ablation}; each overrides the config only when given. */
final class TrainingOptions {
    @Option(names = "--held-out", paramLabel = "SPEAKER",
            description = "test only these speakers (e.g. savee:DC) instead of leave-one-speaker-out over all")
    List<String> heldOut;

    @Option(names = "--recipe", description = "default (Emoscope's measured recipe) or paper (Fu et al. exactly: "
            + "256 frames, padding as input, training-fold statistics, constant RMSProp 1e-3, batch 64, 300 epochs); "
            + "other flags override its choices")
    String recipe;

    @Option(names = "--preset", description = "paper or compact")
    String preset;

    @Option(names = "--frames", paramLabel = "auto|N",
            description = "frames per clip: auto (the longest clip, at most 256) or a number")
    String frames;

    @Option(names = "--normalisation", description = "training-fold, per-speaker (transductive: uses the test "
            + "speaker's unlabelled audio) or per-utterance")
    String normalisation;

    @Option(names = "--mask-padding", negatable = true, description = "ignore padded frames (--no-mask-padding: "
            + "padding is input, as in the paper)")
    Boolean maskPadding;

    @Option(names = "--schedule", description = "learning-rate schedule: constant or warmup-cosine")
    String schedule;

    @Option(names = "--warmup", paramLabel = "EPOCHS", description = "warm-up epochs of warmup-cosine")
    Integer warmup;

    @Option(names = "--clip-norm", paramLabel = "NORM", description = "largest gradient L2 norm (0: no clipping)")
    Double clipNorm;

    @Option(names = "--epochs", paramLabel = "N", description = "epochs per fold (default recipe 40, paper 300)")
    Integer epochs;

    @Option(names = "--batch", paramLabel = "N", description = "clips per batch (default recipe 32, paper 64)")
    Integer batch;

    @Option(names = "--lr", paramLabel = "RATE", description = "RMSProp learning rate") Double learningRate;

    @Option(names = "--dropout", paramLabel = "P", description = "dropout rate in [0, 1) (the paper's 0.35)")
    Double dropout;

    @Option(names = "--seed", paramLabel = "S",
            description = "random seed of initial weights, dropout masks and batch order (default 42)")
    Long seed;

    @Option(names = "--seeds", paramLabel = "N|S1,S2,…",
            description = {"train once per seed into OUT/seed-<seed>/ (a seed group): a count counts up from --seed",
                    "(default 42), a comma list names the seeds (e.g. 42,43,44)"})
    String seeds;

    @Option(names = "--selection", description = "last-epoch, validation (on --validation-speakers speakers) or "
            + "test-oracle (the paper's protocol; optimistic)")
    String selection;

    @Option(names = "--validation-speakers", paramLabel = "N", description = "speakers set aside per fold for validation")
    Integer validationSpeakers;

    @Mixin
    FeatureCacheOption featureCache;

    Path cache() {
        return featureCache.cache;
    }

    /**
     * The seeds of {@code --seeds}, counting up from the configuration's seed; empty without it.
     *
     * @throws IllegalArgumentException when the value is neither a count nor a seed list
     */
    Optional<List<Long>> seeds(long firstSeed) {
        return seeds == null ? Optional.empty() : Optional.of(SeedGroup.parseSeeds(seeds, firstSeed));
    }

    TrainingConfig.Builder apply(TrainingConfig.Builder builder) {
        if (recipe != null) {
            builder.recipe(Recipe.fromLabel(recipe));
        }
        if (heldOut != null) {
            builder.heldOutSpeakers(heldOut);
        }
        if (preset != null) {
            builder.preset(ArchitecturePreset.fromLabel(preset));
        }
        if (epochs != null) {
            builder.epochs(epochs);
        }
        if (batch != null) {
            builder.batchSize(batch);
        }
        if (learningRate != null) {
            builder.learningRate(learningRate);
        }
        if (dropout != null) {
            builder.dropout(dropout);
        }
        if (seed != null) {
            builder.seed(seed);
        }
        if (selection != null) {
            builder.modelSelection(ModelSelection.fromLabel(selection));
        }
        if (validationSpeakers != null) {
            builder.validationSpeakers(validationSpeakers);
        }
        if (frames != null) {
            builder.maxFrames(parseFrames(frames));
        }
        if (normalisation != null) {
            builder.normalisation(Normalisation.fromLabel(normalisation));
        }
        if (maskPadding != null) {
            builder.maskPadding(maskPadding);
        }
        if (schedule != null) {
            builder.learningRateSchedule(LearningRateSchedule.fromLabel(schedule));
        }
        if (warmup != null) {
            builder.warmupEpochs(warmup);
        }
        if (clipNorm != null) {
            builder.gradientClipNorm(clipNorm);
        }
        return builder;
    }

    private static int parseFrames(String value) {
        if (value.strip().equalsIgnoreCase("auto")) {
            return TrainingConfig.AUTO_FRAMES;
        }
        try {
            int frames = Integer.parseInt(value.strip());
            if (frames < 1) {
                throw new NumberFormatException();
            }
            return frames;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--frames must be auto or a positive number, got '" + value + "'");
        }
    }
}
