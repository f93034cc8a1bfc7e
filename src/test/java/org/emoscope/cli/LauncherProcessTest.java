package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher started without {@code OMP_WAIT_POLICY} runs the command in a second JVM; stopping
 * the PID the user sees must stop the training too, however it is stopped.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LauncherProcessTest {
    /** How long a stopped process may take to go; a hang guard, not a speed requirement. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** Every process a test started, ended whatever the outcome so that none outlives the build. */
    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void endEverythingStarted() {
        started.forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void killingTheLauncherWithSigkillEndsTheTrainingJvm() throws Exception {
        Process launcher = startLongTraining();
        ProcessHandle child = awaitTrainingChild(launcher);

        launcher.destroyForcibly();

        assertThat(child.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS).isAlive()).isFalse();
    }

    @Test
    void sigtermToTheLauncherReachesTheTrainingJvm() throws Exception {
        Process launcher = startLongTraining();
        ProcessHandle child = awaitTrainingChild(launcher);

        launcher.destroy();

        assertThat(child.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS).isAlive()).isFalse();
        assertThat(launcher.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    private Process startLongTraining() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "train", "--target", "sample-audio/emodb", "--held-out", "emodb:03",
                "--preset", "compact", "--epochs", "300", "--out", dir.resolve("run").toString(),
                "--cache", dir.resolve("cache").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("launcher.log").toFile());
        builder.environment().remove(OpenMpWaitPolicy.VARIABLE);
        Process launcher = builder.start();
        started.add(launcher.toHandle());
        return launcher;
    }

    /** The relaunched JVM, once it has begun training (its run folder has a state file). */
    private ProcessHandle awaitTrainingChild(Process launcher) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<ProcessHandle> child = launcher.children().findFirst();
            child.ifPresent(started::add);
            if (child.isPresent() && Files.exists(dir.resolve("run/state.json"))) {
                return child.get();
            }
            assertThat(launcher.isAlive()).as(Files.readString(dir.resolve("launcher.log"))).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no training child within " + PATIENCE + ": " + Files.readString(dir.resolve("launcher.log")));
    }
}
