package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.audio.WavReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ListenCommandTest {
    private static final String MODEL = "sample-audio/demo-run/models/fold-emodb_03.zip";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = new CommandLine(new EmoscopeCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void printsAJsonLinePerWindowAndKeepsWhatItHeard() throws Exception {
        Path recording = dir.resolve("heard.wav");

        int exit = run("listen", MODEL, "--file", "sample-audio/emodb/wav/03a01Wa.wav", "--fast", "--seconds", "0.5",
                "--every", "0.25", "--json", "--record", recording.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).as("windows ending 0.25, 0.5, 0.75 s and the clip's end").hasSize(4);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("end").asDouble()).isEqualTo(0.25);
        assertThat(first.path("start").asDouble()).isZero();
        assertThat(first.path("probabilities").size()).isEqualTo(7);
        assertThat(first.path("attentionPeak").path("end").asDouble()).isLessThanOrEqualTo(0.25);
        assertThat(WavReader.probe(recording).seconds()).as("the whole clip, 12 788 samples")
                .isEqualTo(12_788 / 16_000.0);
        assertThat(err.toString()).contains("Recorded 0.8 s into " + recording);
    }

    @Test
    void aDeviceThatIsNotThereIsNamedWithTheInputsThereAre() {
        int exit = run("listen", MODEL, "--device", "no-such-device-7f3a");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("inputs: ").doesNotContain("Exception");
    }
}
