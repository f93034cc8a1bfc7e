package org.emoscope.experiment;

import java.nio.file.Path;

/**
 * A stand-in training process for {@link KilledRunDetectionTest}: creates a run in the folder given
 * as its argument, says {@link #READY} on stdout, and sleeps holding the run's lock until killed.
 */
public final class LockHoldingRun {
    static final String READY = "emoscope-test-run-locked";

    private LockHoldingRun() {
    }

    public static void main(String[] args) throws Exception {
        ExperimentFolder folder = TestRuns.create(Path.of(args[0]));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
        folder.close();
    }
}
