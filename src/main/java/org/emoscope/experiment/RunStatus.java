package org.emoscope.experiment;

import java.time.Instant;
import java.util.Objects;

/**
 * The content of {@code state.json}, or the derived {@link RunState#KILLED} status.
 *
 * @param state   where the run stands
 * @param message why it failed or was cancelled, or what was detected; null when there is nothing to say
 * @param since   when it entered this state (for KILLED: when it was last marked RUNNING); null when unknown
 */
public record RunStatus(RunState state, String message, Instant since) {

    public RunStatus {
        Objects.requireNonNull(state, "state");
    }

    static RunStatus killed(RunStatus lastWritten) {
        return new RunStatus(RunState.KILLED,
                "the process running it stopped without finishing (its lock was released)", lastWritten.since());
    }
}
