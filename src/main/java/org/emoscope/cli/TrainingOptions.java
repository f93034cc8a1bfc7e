package org.emoscope.cli;

import java.nio.file.Path;
import java.util.List;
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

    @Option(names = "--selection", description = "validation (default) or test-oracle (the paper's protocol)")
    String selection;

    @Mixin
    FeatureCacheOption featureCache;

    Path cache() {
        return featureCache.cache;
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
