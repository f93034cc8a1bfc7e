package org.emoscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emoscope.experiment.SeedGroup;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.training.ModelSelection;
import org.emoscope.training.TrainingConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Training options shared by {@code train} and {@code ablation}; each overrides the config only when given. */
final class TrainingOptions {
    @Option(names = "--held-out", paramLabel = "SPEAKER",
            description = "test only these speakers (e.g. savee:DC) instead of leave-one-speaker-out over all")
    List<String> heldOut;

    @Option(names = "--preset", description = "paper or compact")
    String preset;

    @Option(names = "--epochs") Integer epochs;
    @Option(names = "--batch") Integer batch;
    @Option(names = "--lr", description = "RMSProp learning rate") Double learningRate;
    @Option(names = "--seed") Long seed;

    @Option(names = "--seeds", paramLabel = "N|S1,S2,…",
            description = {"train once per seed into OUT/seed-<seed>/ (a seed group): a count counts up from --seed",
                    "(default 42), a comma list names the seeds (e.g. 42,43,44)"})
    String seeds;

    @Option(names = "--selection", description = "validation (default) or test-oracle (the paper's protocol)")
    String selection;

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
        if (seed != null) {
            builder.seed(seed);
        }
        if (selection != null) {
            builder.modelSelection(ModelSelection.fromLabel(selection));
        }
        return builder;
    }
}
