package org.emoscope.ui.results;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.emoscope.experiment.RunState;

/**
 * One run of the runs table. Scores are fractions; NaN where the run has none yet.
 *
 * @param name          the run folder relative to the runs folder, e.g. {@code "ablation-1/multitask"}
 * @param directory     the run folder
 * @param state         where the run stands; null when its state cannot be read
 * @param stateMessage  why it stopped, if it says
 * @param wa            pooled WA
 * @param ua            pooled UA
 * @param macroF1       pooled macro-F1
 * @param folds         how many folds the scores cover
 * @param partial       whether the scores cover only the folds finished so far
 * @param configSummary the configuration in one line; empty when unreadable
 * @param problems      what could not be read, each naming the file; empty for a healthy run
 */
public record RunRow(String name, Path directory, RunState state, String stateMessage, double wa, double ua,
                     double macroF1, int folds, boolean partial, String configSummary, List<String> problems) {

    public RunRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
        configSummary = configSummary == null ? "" : configSummary;
        problems = List.copyOf(problems);
    }

    public boolean isDamaged() {
        return !problems.isEmpty();
    }

    /** Whether training can continue from the run's checkpoints. */
    public boolean isResumable() {
        return state != null && state.isResumable();
    }

    /** E.g. "done", "killed", "running"; "damaged" when the state cannot be read. */
    public String stateText() {
        return state == null ? "damaged" : state.name().toLowerCase(Locale.ROOT);
    }
}
