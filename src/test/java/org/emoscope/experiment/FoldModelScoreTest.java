package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldModelScoreTest {
    private static final Path DEMO_MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");

    @TempDir
    Path dir;

    @Test
    void aModelInItsFinishedRunSaysItsHeldOutScore() {
        assertThat(FoldModelScore.ofModelFile(DEMO_MODEL)).get().satisfies(score -> {
            assertThat(score.foldId()).isEqualTo("emodb:03");
            assertThat(score.clips()).isEqualTo(28);
            assertThat(score.describe()).isEqualTo("UA 82.1 % on its held-out emodb:03 (28 clips), run demo-run");
        });
    }

    @Test
    void aModelCopiedOutOfItsRunHasNoScoreToClaim() throws IOException {
        Path copy = dir.resolve("models/fold-emodb_03.zip");
        Files.createDirectories(copy.getParent());
        Files.copy(DEMO_MODEL, copy);

        assertThat(FoldModelScore.ofModelFile(copy)).as("no run around it").isEmpty();
        assertThat(FoldModelScore.ofModelFile(Path.of("elsewhere.zip"))).isEmpty();
    }
}
