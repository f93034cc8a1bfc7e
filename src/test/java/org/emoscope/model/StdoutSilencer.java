package org.emoscope.model;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes what a third-party call prints to {@code System.out} to the debug log instead, for tests that
 * differentiate SameDiff reference graphs.
 *
 * <p>SameDiff 1.0.0-M2.1 prints one "Added differentiated op ..." line per op straight to standard output
 * while it builds a gradient function. Swapping {@code System.out} is process-wide, so lines that other
 * threads print during the call also end up in the debug log; calls are serialised.
 */
final class StdoutSilencer {
    private static final Logger LOG = LoggerFactory.getLogger(StdoutSilencer.class);

    private StdoutSilencer() {
    }

    static synchronized void runSilently(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
            if (LOG.isDebugEnabled() && captured.size() > 0) {
                LOG.debug("Standard output captured from ND4J:\n{}", captured.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
