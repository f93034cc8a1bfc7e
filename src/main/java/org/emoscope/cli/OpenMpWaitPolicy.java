package org.emoscope.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * ND4J's OpenMP threads busy-wait by default, which on a 2-core laptop makes the same LSTM call
 * take anywhere from 0.35 s to 16 s. The variable must be set before the native library loads, i.e.
 * before the JVM starts; so when {@code java -jar emoscope.jar} was run without it, the launcher
 * starts the same JVM again with {@code OMP_WAIT_POLICY=PASSIVE} and passes its exit code on.
 *
 * <p>The two processes live and die together, so the PID a user sees is the one to stop: a signal
 * that ends the launcher (SIGTERM, SIGINT, SIGHUP) is passed on to the child, which gets time to
 * finish cleanly, and a child whose launcher is gone for any reason (even SIGKILL) stops itself.
 */
final class OpenMpWaitPolicy {
    static final String VARIABLE = "OMP_WAIT_POLICY";
    /** Set on the relaunched JVM: the launcher's PID, which it watches. */
    static final String LAUNCHER_PID_PROPERTY = "emoscope.launcherPid";
    /** The exit code of a process ended by SIGTERM, as a shell reports it. */
    static final int ENDED_WITH_LAUNCHER = 128 + 15;
    private static final long CHILD_GRACE_SECONDS = 20;

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
        command.add("-D" + LAUNCHER_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(VARIABLE, "PASSIVE");
        Process child;
        try {
            child = builder.start();
        } catch (Exception e) {
            System.err.println("Could not restart with " + VARIABLE + "=PASSIVE (" + e.getMessage()
                    + "); running on, timings may vary widely");
            return Optional.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(child), "stop relaunched JVM"));
        while (true) {
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                // Only a shutdown ends the wait, and the hook above stops the child then.
            }
        }
    }

    /** Passes the launcher's end on to the child (SIGTERM) and gives it time to finish its files. */
    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(CHILD_GRACE_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
    }

    /**
     * In a relaunched JVM: exits, running the shutdown hooks, as soon as the launcher that started it
     * has ended. Does nothing in a JVM that was not relaunched.
     */
    static void endWithLauncher() {
        String pid = System.getProperty(LAUNCHER_PID_PROPERTY);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).ifPresentOrElse(
                launcher -> launcher.onExit().thenRun(OpenMpWaitPolicy::exitWithLauncher),
                OpenMpWaitPolicy::exitWithLauncher);
    }

    private static void exitWithLauncher() {
        System.err.println("emoscope: the launching process has ended; stopping");
        System.exit(ENDED_WITH_LAUNCHER);
    }
}
