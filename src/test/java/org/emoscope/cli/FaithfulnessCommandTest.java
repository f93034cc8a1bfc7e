package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.experiment.AttentionDeletion;
import org.emoscope.experiment.DemoRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code emoscope faithfulness} on the bundled demo run. */
class FaithfulnessCommandTest {
    private static final Path BUNDLED = Path.of(BundledSamples.FOLDER_NAME, BundledSamples.DEMO_RUN_FOLDER);

    @TempDir
    Path dir;

    @Test
    void printsTheDeletionCurvesAndKeepsThemInTheRunFolder() throws Exception {
        Path demo = DemoRun.installInto(dir.resolve("runs"), BUNDLED).orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = EmoscopeCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));

        int exit = line.execute("faithfulness", demo.toString());

        assertThat(exit).as(err.toString()).isZero();
        // The demo run's 23 of 28 clips right: 82.1 % (true class at 72.1 %) in all five orders with nothing deleted.
        assertThat(out.toString()).contains("28 clips").containsPattern("(?m)^ +0( +82\\.1 \\(72\\.1\\)){5}$")
                .containsPattern("(?m)^ +50 ");
        JsonNode kept = new ObjectMapper().readTree(demo.resolve(AttentionDeletion.FILE).toFile());
        assertThat(kept.get("clips").asInt()).isEqualTo(28);
        assertThat(kept.get("accuracy").get("TOP_ALPHA")).hasSize(AttentionDeletion.FRACTIONS.length);
        assertThat(kept.get("accuracy").get("TOP_SALIENCY")).hasSize(AttentionDeletion.FRACTIONS.length);
    }
}
