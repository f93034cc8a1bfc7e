package org.emoscope.ui.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emoscope.experiment.AblationResults;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.ReplicatedScores;
import org.emoscope.experiment.SeedGroup;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.RunScores;

/**
 * Everything the results views show of one run, read in one background task so the FX thread only
 * copies it into properties. Immutable.
 *
 * @param results         the run as read
 * @param scores          its scores so far; null before the first fold finished or when its
 *                        predictions are inconsistent ({@link #scoresProblem} says)
 * @param scoresProblem   why the predictions could not be scored; null when they could
 * @param ablationGroup   the ablation folder the run belongs to; null when none
 * @param ablation        that folder's table; empty when there is none
 * @param missingCorpora  the run's corpus folders that do not exist here
 * @param seedGroup       the scores of the seed group the run is a seed of; null when it is none's
 */
record LoadedRun(RunResults results, RunScores scores, String scoresProblem, Path ablationGroup,
                 List<AblationResults.Row> ablation, List<Path> missingCorpora, ReplicatedScores seedGroup) {

    LoadedRun {
        ablation = List.copyOf(ablation);
        missingCorpora = List.copyOf(missingCorpora);
    }

    /** Reads a run; call it off the FX thread. */
    static LoadedRun read(Path directory) throws IOException {
        RunResults results = RunResults.read(directory);
        RunScores scores = null;
        String scoresProblem = null;
        try {
            scores = RunScores.of(results).orElse(null);
        } catch (IllegalArgumentException e) {
            scoresProblem = directory.resolve(ExperimentFolder.PREDICTIONS_FILE) + ": " + e.getMessage();
        }
        Optional<Path> group = AblationResults.groupOf(directory);
        List<AblationResults.Row> ablation = group.map(AblationResults::read).orElse(List.of());
        List<Path> missing = results.corpusFolders().stream().filter(folder -> !Files.isDirectory(folder)).toList();
        return new LoadedRun(results, scores, scoresProblem, group.orElse(null), ablation, missing,
                seedGroupOf(directory));
    }

    /** The scores of the run's seed group; null when it belongs to none or the group cannot be read. */
    static ReplicatedScores seedGroupOf(Path run) {
        Optional<Path> group = SeedGroup.groupOf(run);
        if (group.isEmpty()) {
            return null;
        }
        try {
            return ReplicatedScores.read(group.get());
        } catch (ExperimentFolderException e) {
            return null;
        }
    }

    String name() {
        return results.name();
    }
}
