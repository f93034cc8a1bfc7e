package org.emoscope.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** Killed-run detection across processes: the lock must be released by the OS, not by Java code. */
class KilledRunDetectionTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(120) // only guards against a hung child; nothing here is timed
    void aRunReadsRunningWhileItsProcessLivesAndKilledOnceItIsKilledForcibly() throws Exception {
        Path run = dir.resolve("run");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHoldingRun.class.getName(), run.toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(process);

            assertThat(ExperimentFolder.open(run).readStatus().state()).isEqualTo(RunState.RUNNING);
            assertThatThrownBy(() -> ExperimentFolder.resume(run)).isInstanceOf(RunInUseException.class);

            process.destroyForcibly();
            process.waitFor();

            RunStatus status = ExperimentFolder.open(run).readStatus();
            assertThat(status.state()).isEqualTo(RunState.KILLED);
            assertThat(ExperimentFolder.open(run).readEnvironment().endTime()).isNull();
            try (ExperimentFolder resumed = ExperimentFolder.resume(run)) {
                assertThat(resumed.readStatus().state()).isEqualTo(RunState.RUNNING);
            }
        } finally {
            process.destroyForcibly();
        }
    }

    private static void awaitReady(Process process) throws IOException {
        StringBuilder output = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.equals(LockHoldingRun.READY)) {
                return;
            }
            output.append(line).append('\n');
        }
        fail("the lock-holding process ended before taking the lock:\n" + output);
    }
}
