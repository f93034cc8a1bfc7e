package org.emoscope.experiment;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One run as listed by {@link RunIndex}. Values that could not be read are null, and
 * {@link #problems} says why.
 *
 * @param name          the run folder's name
 * @param directory     the run folder
 * @param state         where the run stands (KILLED when its process died); null when unreadable
 * @param stateMessage  the state's message, if any
 * @param startTime     from {@code environment.json}; null when unreadable
 * @param endTime       null while running, when killed, or when unreadable
 * @param wa            pooled WA from {@code metrics.json}; null when there are no metrics
 * @param ua            pooled UA from {@code metrics.json}; null when there are no metrics
 * @param macroF1       pooled macro-F1 from {@code metrics.json}; null when there are no metrics
 * @param folds         how many folds {@code metrics.json} covers; 0 when there are no metrics
 * @param configSummary a short description of the configuration; null when unreadable
 * @param problems      what could not be read, each naming the file; empty for a healthy run
 */
public record RunSummary(String name, Path directory, RunState state, String stateMessage, Instant startTime,
                         Instant endTime, Double wa, Double ua, Double macroF1, int folds, String configSummary,
                         List<String> problems) {

    public RunSummary {
        problems = List.copyOf(problems);
    }

    /** Whether some file of the run could not be read. */
    public boolean isDamaged() {
        return !problems.isEmpty();
    }
}
