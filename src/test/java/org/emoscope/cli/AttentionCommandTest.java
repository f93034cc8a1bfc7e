package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.experiment.AttentionSurveyCsv;
import org.emoscope.experiment.DemoRun;
import org.emoscope.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code emoscope attention} on the bundled demo run: the table, the JSON and the CSV tables. */
class AttentionCommandTest {
    private static final Path BUNDLED = Path.of(BundledSamples.FOLDER_NAME, BundledSamples.DEMO_RUN_FOLDER);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = EmoscopeCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "attention";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return line.execute(withCommand);
    }

    @Test
    void printsPerEmotionAndPerSpeakerFiguresAndWritesTheCsvTables() throws Exception {
        Path demo = DemoRun.installInto(dir.resolve("runs"), BUNDLED).orElseThrow();

        int exit = run(demo.toString(), "--csv", dir.resolve("tables").toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("clips, each read by the fold model that held its speaker out")
                .containsPattern("(?m)^anger +4 ").containsPattern("(?m)^emodb:03 +28 ").containsPattern("(?m)^all +28 ");
        for (String table : new String[] {AttentionSurveyCsv.PROFILES, AttentionSurveyCsv.PEAKS, AttentionSurveyCsv.CLIPS}) {
            assertThat(dir.resolve("tables").resolve(table)).isNotEmptyFile();
        }
        assertThat(Files.readAllLines(dir.resolve("tables").resolve(AttentionSurveyCsv.CLIPS))).hasSize(29);
    }

    @Test
    void jsonHasEveryGroupAndClipWithUndefinedFiguresAsNull() throws Exception {
        Path demo = DemoRun.installInto(dir.resolve("runs"), BUNDLED).orElseThrow();

        int exit = run(demo.toString(), "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("clips").asInt()).isEqualTo(28);
        assertThat(json.get("byEmotion")).hasSize(7);
        assertThat(json.get("all").get("profileMean")).hasSize(20);
        assertThat(json.get("perClip")).hasSize(28);
        assertThat(json.get("perClip").get(0).get("energyCorrelation").isNumber()
                || json.get("perClip").get(0).get("energyCorrelation").isNull()).isTrue();
    }

    @Test
    void severalRunsArePooled() throws Exception {
        Path demo = DemoRun.installInto(dir.resolve("runs"), BUNDLED).orElseThrow();
        Path copy = dir.resolve("copy");
        Folders.copyTree(demo, copy);

        int exit = run(demo.toString(), copy.toString(), "--json");

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("runs")).hasSize(2);
        assertThat(json.get("clips").asInt()).isEqualTo(56);
    }

    @Test
    void aFolderThatIsNotARunGetsAPlainMessage() throws Exception {
        Path notARun = Files.createDirectories(dir.resolve("empty"));

        assertThat(run(notARun.toString())).isNotZero();
        assertThat(err.toString()).contains(notARun + ": is not an Emoscope run").doesNotContain("Exception");
    }
}
