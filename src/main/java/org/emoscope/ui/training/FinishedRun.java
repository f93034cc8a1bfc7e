package org.emoscope.ui.training;

import java.nio.file.Path;
import java.time.Instant;
import org.emoscope.experiment.RunState;

/**
 * A training that ended in the workbench. Each end is a new value, even when the same run folder
 * ends twice (cancelled, resumed, done), so listeners hear every one.
 *
 * @param folder  the run folder
 * @param state   how it ended: {@link RunState#DONE}, {@link RunState#CANCELLED}, or {@link RunState#FAILED}
 *                when it failed or could not start (e.g. a resume the folder refused; its own state is unchanged)
 * @param endedAt when the workbench saw it end
 */
public record FinishedRun(Path folder, RunState state, Instant endedAt) {
}
