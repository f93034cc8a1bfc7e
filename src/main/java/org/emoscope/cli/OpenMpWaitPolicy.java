package org.emoscope.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ND4J's OpenMP threads busy-wait by default, which on a 2-core laptop makes the same LSTM call
 * take anywhere from 0.35 s to 16 s. The variable must be set before the native library loads, i.e.
 * before the JVM starts; so when {@code java -jar emoscope.jar} was run without it, the launcher
 * starts the same JVM again with {@code OMP_WAIT_POLICY=PASSIVE} and passes its exit code on.
 */
final class OpenMpWaitPolicy {
    static final String VARIABLE = "OMP_WAIT_POLICY";

    private OpenMpWaitPolicy() {
    }

    /** The exit code of the relaunched JVM, or empty when this JVM already runs with the policy set. */
    static Optional<Integer> relaunchIfUnset(String[] args) {
        if (System.getenv(VARIABLE) != null) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(VARIABLE, "PASSIVE");
        try {
            return Optional.of(builder.start().waitFor());
        } catch (Exception e) {
            System.err.println("Could not restart with " + VARIABLE + "=PASSIVE (" + e.getMessage()
                    + "); running on, timings may vary widely");
            return Optional.empty();
        }
    }
}
