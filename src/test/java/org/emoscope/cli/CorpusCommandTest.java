package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;
import org.emoscope.audio.SampleEncoding;
import org.emoscope.corpus.CorpusReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code emoscope corpus} with a fake probe: every file is 2 s at 44.1 kHz, except that n01.wav is not audio. */
class CorpusCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandLine command;

    @BeforeEach
    void setUp() {
        CorpusReader reader = new CorpusReader(file -> {
            if (file.getFileName().toString().equals("n01.wav")) {
                throw new AudioFormatException(file, "not a RIFF/WAVE file");
            }
            return new AudioInfo(44_100, 1, 16, SampleEncoding.PCM_INTEGER, 88_200, false);
        });
        command = new CommandLine(new CorpusCommand(reader));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
    }

    private void touch(String... relative) throws IOException {
        for (String file : relative) {
            Files.createDirectories(dir.resolve(file).getParent());
            Files.createFile(dir.resolve(file));
        }
    }

    @Test
    void printsSummaryAsJsonWithExactlyTheDocumentedKeys() throws Exception {
        touch("AudioData/DC/a01.wav", "AudioData/DC/sa03.wav", "AudioData/JE/sa03.wav", "AudioData/JE/n01.wav",
                "AudioData/JE/x01.wav");

        int exit = command.execute(dir.toString(), "--json");

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("corpus", "clips", "byEmotion", "bySpeaker", "seconds", "sampleRates", "problems");
        assertThat(json.get("corpus").asText()).isEqualTo("savee");
        assertThat(json.get("clips").asInt()).isEqualTo(3);
        assertThat(json.get("byEmotion").toString()).isEqualTo("{\"anger\":1,\"sadness\":2}");
        assertThat(json.get("bySpeaker").toString()).isEqualTo("{\"savee:DC\":2,\"savee:JE\":1}");
        assertThat(json.get("seconds").isNumber()).isTrue();
        assertThat(json.get("seconds").asDouble()).isEqualTo(6.0);
        assertThat(json.get("sampleRates").toString()).isEqualTo("{\"44100\":3}");
        assertThat(json.get("problems").toString()).isEqualTo("["
                + "{\"file\":\"JE/n01.wav\",\"reason\":\"not a RIFF/WAVE file\",\"clipKept\":false},"
                + "{\"file\":\"JE/x01.wav\",\"reason\":\"unknown emotion code 'x' in SAVEE name\",\"clipKept\":false}]");
    }

    @Test
    void printsEmptyProblemListAsEmptyJsonArray() throws Exception {
        touch("wav/03a01Fa.wav");

        assertThat(command.execute(dir.toString(), "--json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("corpus").asText()).isEqualTo("emodb");
        assertThat(json.get("problems").isArray()).isTrue();
        assertThat(json.get("problems")).isEmpty();
    }

    @Test
    void printsReadableCountsDurationRatesAndProblems() throws Exception {
        touch("AudioData/DC/a01.wav", "AudioData/DC/sa03.wav", "AudioData/JE/sa03.wav", "AudioData/JE/x01.wav");

        int exit = command.execute(dir.resolve("AudioData").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualToNormalizingNewlines("""
                SAVEE: 3 clips, 2 speakers, 6.0 s (0:00:06)
                Sample rates: 44100 Hz (3)
                By emotion:
                  anger          1
                  sadness        2
                By speaker:
                  savee:DC       2
                  savee:JE       1
                Problems (1):
                  JE/x01.wav: unknown emotion code 'x' in SAVEE name (not used)
                """);
    }

    @Test
    void failsWithMessageOnStderrWhenFolderIsNotACorpus() throws Exception {
        touch("notes/README.txt");

        int exit = command.execute(dir.resolve("notes").toString(), "--json");

        assertThat(exit).isEqualTo(CorpusCommand.NOT_A_CORPUS);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains(dir.resolve("notes") + ": no WAV files found");
    }

    @Test
    void failsWithMessageOnStderrWhenFolderDoesNotExist() {
        int exit = command.execute(dir.resolve("missing").toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains(dir.resolve("missing") + ": does not exist");
    }
}
