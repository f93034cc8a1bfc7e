package org.emoscope.experiment;

/**
 * Where a run stands. A run starts {@link #RUNNING} and ends {@link #DONE}, {@link #CANCELLED} or
 * {@link #FAILED}. {@link #KILLED} is never written: it is how a run reads whose file still says
 * RUNNING while no live process holds its lock.
 */
public enum RunState {
    RUNNING,
    DONE,
    CANCELLED,
    FAILED,
    KILLED;

    /** Whether the run has stopped, for whatever reason. */
    public boolean isFinished() {
        return this != RUNNING;
    }

    /** Whether training may pick up from its checkpoints. */
    public boolean isResumable() {
        return this == KILLED || this == CANCELLED || this == FAILED;
    }
}
