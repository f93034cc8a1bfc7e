package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserConfigReaderTest {
    @TempDir
    Path dir;

    private UserConfigReader.Reading read(String json) throws IOException {
        return UserConfigReader.read(Files.writeString(dir.resolve("my.json"), json));
    }

    private String file() {
        return dir.resolve("my.json").toString();
    }

    @Test
    void reportsEveryUnknownFieldAndEveryValueOfTheWrongKindAtOnceKeepingTheRest() throws IOException {
        UserConfigReader.Reading reading = read("""
                {"targetCorpus": "/data/emodb", "epochz": 3, "epochs": 1.7, "batchSize": "big",
                 "heldOutSpeakers": "emodb:03", "theta": 0.5}""");

        assertThat(reading.problems()).containsExactlyInAnyOrder(
                file() + ": unknown field \"epochz\" (did you mean \"epochs\"?)",
                file() + ": field \"epochs\": expected a whole number, got 1.7",
                file() + ": field \"batchSize\": expected a whole number, got \"big\"",
                file() + ": field \"heldOutSpeakers\": expected a list [...], got \"emodb:03\"");
        assertThat(reading.rejected()).containsExactlyInAnyOrder("epochz", "epochs", "batchSize", "heldOutSpeakers");
        assertThat(reading.config().theta()).isEqualTo(0.5);
        assertThat(reading.config().targetCorpus()).isEqualTo(Path.of("/data/emodb"));
        assertThat(reading.config().epochs()).isEqualTo(TrainingConfig.defaults(null).epochs());
    }

    @Test
    void aNumberIsNoFolder() throws IOException {
        assertThat(read("{\"targetCorpus\": 42}").problems())
                .containsExactly(file() + ": field \"targetCorpus\": expected text in quotes (a folder or file), got 42");
    }

    @Test
    void namesTheFileForWhatIsNotAConfigurationAtAll() throws IOException {
        assertThat(UserConfigReader.read(dir.resolve("missing.json")).problems())
                .containsExactly(dir.resolve("missing.json") + ": no such configuration file");
        Path random = Files.write(dir.resolve("random.json"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00});
        assertThat(UserConfigReader.read(random).problems())
                .containsExactly(random + ": not a text file (not UTF-8), so not a JSON configuration");
        assertThat(read("{\"epochs\": ").problems()).singleElement().asString()
                .startsWith(file() + ": not valid JSON (line 1, column ").doesNotContain("Source");
        assertThat(read("[1, 2]").problems())
                .containsExactly(file() + ": a training configuration must be a JSON object ({...})");
    }

    @Test
    void aSoundFileHasNoProblems() throws IOException {
        UserConfigReader.Reading reading = read("{\"targetCorpus\": \"/data/emodb\", \"epochs\": 12}");

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.config().epochs()).isEqualTo(12);
    }
}
