package org.emoscope.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints on the console why each skipped test was skipped (a missing shared data set, say), which
 * Surefire's summary ("Skipped: 1") does not. Registered through {@code META-INF/services}.
 */
public final class SkipReasons implements TestExecutionListener {
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.out.println("SKIPPED " + test.getDisplayName() + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            System.out.println("SKIPPED " + test.getDisplayName() + ": "
                    + result.getThrowable().map(Throwable::getMessage).orElse("assumption not met"));
        }
    }
}
