package org.emoscope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emoscope.training.TrainingConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that make one training configuration, shared by {@code train} and {@code grid plan}: a
 * {@code --config} file or {@code --target}, the added corpora, the loss weights and the {@link TrainingOptions}.
 */
final class TrainingConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "a training configuration (JSON); flags override it")
    Path configFile;

    @Option(names = "--target", paramLabel = "DIR", description = "the target corpus (SAVEE or EMO-DB folder)")
    Path target;

    @Option(names = "--add", paramLabel = "DIR[=FRACTION]",
            description = "another-language corpus added to training, with the share of its clips (default 1)")
    List<String> added = new ArrayList<>();

    @Option(names = "--gamma", description = "weight γ of the emotion loss")
    Double gamma;

    @Option(names = "--theta", description = "weight θ of the speaker loss (0: single task)")
    Double theta;

    @Mixin
    TrainingOptions options;

    /** The configuration of the options and {@code --config}; empty when it cannot be made (see {@code problems}). */
    Optional<TrainingConfig> build(ConfigProblems problems) {
        Optional<TrainingConfig.Builder> start = problems.start(configFile, target);
        if (start.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(override(start.get()));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return Optional.empty();
        }
    }

    private TrainingConfig override(TrainingConfig.Builder builder) {
        if (target != null) {
            builder.targetCorpus(TrainCommand.absolute(target));
        }
        if (!added.isEmpty()) {
            builder.addedCorpora(TrainCommand.addedCorpora(added));
        }
        options.apply(builder);
        TrainingConfig current = builder.build();
        builder.lossWeights(gamma != null ? gamma : current.gamma(), theta != null ? theta : current.theta());
        return builder.build();
    }
}
