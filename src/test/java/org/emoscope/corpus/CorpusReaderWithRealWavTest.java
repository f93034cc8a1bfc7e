package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.emoscope.testing.WavBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader with the production probe ({@code WavReader::probe}) on real files: needs the audio
 * package's WavReader, so these pass once it is merged.
 */
@Tag("needs-wav-reader")
class CorpusReaderWithRealWavTest {
    @TempDir
    Path dir;

    @Test
    void readsDurationAndSampleRateFromWavHeaders() throws Exception {
        WavBuilder.sine(44_100, 440, 22_050).writeTo(dir.resolve("AudioData/DC/a01.wav"));
        WavBuilder.sine(16_000, 440, 40_000).writeTo(dir.resolve("AudioData/JE/sa03.wav"));

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.clips()).extracting(Clip::relativePath, Clip::sampleRate, Clip::seconds).containsExactly(
                tuple("DC/a01.wav", 44_100, 0.5),
                tuple("JE/sa03.wav", 16_000, 2.5));
    }

    @Test
    void keepsTruncatedWavAsClipAndListsIt() throws Exception {
        WavBuilder.sine(16_000, 440, 8_000).declaredDataSize(32_000).writeTo(dir.resolve("wav/03a01Fa.wav"));

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.clips()).singleElement().satisfies(clip -> assertThat(clip.seconds()).isEqualTo(0.5));
        assertThat(corpus.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.relativePath()).isEqualTo("03a01Fa.wav");
            assertThat(problem.reason()).startsWith("truncated: ");
        });
    }

    @Test
    void listsFileThatIsNotRiffAsBadAudio() throws Exception {
        WavBuilder.sine(16_000, 440, 1_600).writeTo(dir.resolve("wav/03a01Fa.wav"));
        Files.writeString(dir.resolve("wav/03a02Fa.wav"), "this is not audio");

        Corpus corpus = new CorpusReader().read(dir);

        assertThat(corpus.clips()).extracting(Clip::relativePath).containsExactly("03a01Fa.wav");
        assertThat(corpus.problems()).extracting(CorpusProblem::relativePath).containsExactly("03a02Fa.wav");
        assertThat(corpus.problems().get(0).reason()).isNotBlank().doesNotContain("03a02Fa.wav");
    }
}
