package org.emoscope.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.emoscope.experiment.ExperimentRunner;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.UserConfigReader;

/**
 * How {@code train} and {@code baseline} check what they were given before anything starts: every
 * problem of the configuration file, the options and the corpora at once, then exit
 * {@value EmoscopeCommand#INVALID_INPUT} without creating a run folder. Used on one thread.
 */
final class ConfigProblems {
    private final List<String> problems = new ArrayList<>();
    private Set<String> rejectedFields = Set.of();

    /**
     * The start of the configuration: {@code --config FILE} read strictly (a field with a problem
     * keeps its default), else the defaults for {@code --target}.
     */
    Optional<TrainingConfig.Builder> start(Path configFile, Path target) {
        if (configFile != null) {
            UserConfigReader.Reading reading = UserConfigReader.read(configFile);
            problems.addAll(reading.problems());
            rejectedFields = reading.rejected();
            return Optional.ofNullable(reading.config()).map(TrainingConfig::toBuilder);
        }
        if (target != null) {
            return Optional.of(TrainingConfig.defaults(TrainCommand.absolute(target)).toBuilder());
        }
        problems.add("give --target DIR or --config FILE");
        return Optional.empty();
    }

    void add(String problem) {
        problems.add(problem);
    }

    void addAll(List<String> more) {
        problems.addAll(more);
    }

    /**
     * The value problems of {@code config} (not again for a field already reported as unreadable)
     * and, when there are no problems yet, what reading its corpora and planning its folds finds (a
     * missing folder, an unknown held-out speaker).
     */
    void check(TrainingConfig config) {
        config.validate().stream()
                .filter(problem -> rejectedFields.stream().noneMatch(field -> problem.startsWith(field + " ")))
                .forEach(problems::add);
        if (problems.isEmpty()) {
            problems.addAll(ExperimentRunner.preflight(config));
        }
    }

    boolean any() {
        return !problems.isEmpty();
    }

    /** Prints the problems as a list and returns the exit code for invalid input. */
    int report(PrintWriter err) {
        err.println("Invalid configuration:");
        problems.forEach(problem -> err.println("  - " + problem));
        return EmoscopeCommand.INVALID_INPUT;
    }
}
