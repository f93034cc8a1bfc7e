package org.emoscope.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;
import org.emoscope.audio.SampleEncoding;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's view model, without a JavaFX toolkit: imports run on the test thread. */
class CorpusBrowserViewModelTest {
    @TempDir
    Path dir;

    private final CorpusBrowserViewModel viewModel = new CorpusBrowserViewModel(
            new CorpusReader(CorpusBrowserViewModelTest::probe), new CurrentThreadTaskExecutor());

    private static AudioInfo probe(Path file) throws AudioFormatException {
        if (file.getFileName().toString().startsWith("broken")) {
            throw new AudioFormatException(file, "not a RIFF/WAVE file");
        }
        return new AudioInfo(16_000, 1, 16, SampleEncoding.PCM_INTEGER, 32_000, false);
    }

    private Path emoDb(String... names) throws IOException {
        Path wav = Files.createDirectories(dir.resolve("emodb/wav"));
        for (String name : names) {
            Files.createFile(wav.resolve(name));
        }
        return dir.resolve("emodb");
    }

    @Test
    void openingACorpusListsItsClipsAndItsProblems() throws IOException {
        Path corpus = emoDb("03a01Fa.wav", "08a02Wb.wav", "03a01Xa.wav");

        viewModel.open(List.of(corpus));

        assertThat(viewModel.visibleClips()).extracting(c -> c.relativePath())
                .containsExactly("03a01Fa.wav", "08a02Wb.wav");
        assertThat(viewModel.problems()).singleElement()
                .satisfies(p -> assertThat(p.file()).isEqualTo("03a01Xa.wav"));
        assertThat(viewModel.importingProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("2 of 2 clips shown · 1 corpora · 1 problems");
    }

    @Test
    void theFirstClipIsSelectedOnceACorpusOpensAndASelectionIsKept() throws IOException {
        viewModel.open(List.of(emoDb("03a01Fa.wav", "08a02Wb.wav")));
        assertThat(viewModel.selectedClipProperty().get().relativePath()).isEqualTo("03a01Fa.wav");

        viewModel.selectedClipProperty().set(viewModel.visibleClips().get(1));
        viewModel.open(List.of(dir.resolve("emodb")));

        assertThat(viewModel.selectedClipProperty().get().relativePath()).isEqualTo("08a02Wb.wav");
    }

    @Test
    void aFolderThatIsNotACorpusBecomesAProblemAndTheOthersStillOpen() throws IOException {
        Path corpus = emoDb("03a01Fa.wav");
        Path empty = Files.createDirectories(dir.resolve("empty"));

        viewModel.open(List.of(empty, corpus));

        assertThat(viewModel.visibleClips()).hasSize(1);
        assertThat(viewModel.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).isEqualTo(empty.toString());
            assertThat(p.reason()).contains("no WAV files");
        });
    }

    @Test
    void searchTextFiltersBySpeakerEmotionOrFileName() throws IOException {
        viewModel.open(List.of(emoDb("03a01Fa.wav", "08a02Wb.wav", "08b01Lc.wav")));

        viewModel.searchTextProperty().set("emodb:08");
        assertThat(viewModel.visibleClips()).hasSize(2);

        viewModel.searchTextProperty().set("ANGER");
        assertThat(viewModel.visibleClips()).extracting(c -> c.relativePath()).containsExactly("08a02Wb.wav");
        assertThat(viewModel.statusProperty().get()).startsWith("1 of 3 clips shown");

        viewModel.searchTextProperty().set("  ");
        assertThat(viewModel.visibleClips()).hasSize(3);
    }

    @Test
    void bundledSamplesOpenEveryCorpusOfTheSampleFolder() throws IOException {
        emoDb("03a01Fa.wav");
        Files.createDirectories(dir.resolve("savee/AudioData/DC"));
        Files.createFile(dir.resolve("savee/AudioData/DC/a01.wav"));
        String previous = System.setProperty(BundledSamples.PROPERTY, dir.toString());
        try {
            viewModel.openBundledSamples();
        } finally {
            restore(previous);
        }

        assertThat(viewModel.visibleClips()).extracting(c -> c.speaker().key())
                .containsExactlyInAnyOrder("emodb:03", "savee:DC");
        assertThat(viewModel.problems()).isEmpty();
    }

    @Test
    void aMissingSampleFolderIsShownAsAProblem() {
        String previous = System.setProperty(BundledSamples.PROPERTY, dir.resolve("nowhere").toString());
        try {
            viewModel.openBundledSamples();
        } finally {
            restore(previous);
        }

        assertThat(viewModel.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("no sample-audio folder found"));
        assertThat(viewModel.importingProperty().get()).isFalse();
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(BundledSamples.PROPERTY);
        } else {
            System.setProperty(BundledSamples.PROPERTY, previous);
        }
    }
}
