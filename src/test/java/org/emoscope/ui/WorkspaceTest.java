package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open corpora, without a JavaFX toolkit: imports run on the test thread. */
class WorkspaceTest {
    @TempDir
    Path dir;

    private final Workspace workspace = new Workspace(TestCorpora.reader(), new CurrentThreadTaskExecutor());

    @Test
    void aFileThatIsNotAClipIsListedAsAProblemOfItsCorpus() throws IOException {
        Path corpus = TestCorpora.emoDb(dir.resolve("emodb"), "03a01Fa.wav", TestCorpora.UNREADABLE);

        workspace.open(List.of(corpus));

        assertThat(workspace.corpora()).singleElement().satisfies(c -> assertThat(c.root()).isEqualTo(corpus.resolve("wav")));
        assertThat(workspace.clips()).extracting(c -> c.relativePath()).containsExactly("03a01Fa.wav");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(corpus.resolve("wav").toString());
            assertThat(p.file()).isEqualTo(TestCorpora.UNREADABLE);
            assertThat(p.reason()).contains("not a RIFF/WAVE file");
        });
        assertThat(workspace.importProgressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void aFolderThatIsNotACorpusBecomesAProblemAndTheOthersStillOpen() throws IOException {
        Path corpus = TestCorpora.emoDb(dir.resolve("emodb"), "03a01Fa.wav");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        workspace.open(List.of(empty, corpus));

        assertThat(workspace.clips()).hasSize(1);
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(empty.toString());
            assertThat(p.reason()).contains("no WAV files");
        });
    }

    @Test
    void bundledSamplesOpenEveryCorpusOfTheSampleFolder() throws IOException {
        TestCorpora.emoDb(dir.resolve("emodb"), "03a01Fa.wav");
        Files.createDirectories(dir.resolve("savee/AudioData/DC"));
        Files.createFile(dir.resolve("savee/AudioData/DC/a01.wav"));
        String previous = System.setProperty(BundledSamples.PROPERTY, dir.toString());
        try {
            workspace.openBundledSamples();
        } finally {
            restore(previous);
        }

        assertThat(workspace.clips()).extracting(c -> c.speaker().key())
                .containsExactlyInAnyOrder("emodb:03", "savee:DC");
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void aMissingSampleFolderIsShownAsAProblem() {
        String previous = System.setProperty(BundledSamples.PROPERTY, dir.resolve("nowhere").toString());
        try {
            workspace.openBundledSamples();
        } finally {
            restore(previous);
        }

        assertThat(workspace.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no sample-audio folder found"));
        assertThat(workspace.importingProperty().get()).isFalse();
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(BundledSamples.PROPERTY);
        } else {
            System.setProperty(BundledSamples.PROPERTY, previous);
        }
    }
}
