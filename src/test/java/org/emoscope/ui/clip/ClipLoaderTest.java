package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.features.ClipFeatureExtractor;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.task.TaskCancelledException;
import org.emoscope.task.TaskContext;
import org.emoscope.task.Progress;
import org.emoscope.testing.WavBuilder;
import org.emoscope.ui.controls.Colormap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipLoaderTest {
    @TempDir
    Path dir;

    private final ClipLoader loader = new ClipLoader();

    @Test
    void decodesTheClipAndRendersTheSameLogMelTheModelSees() throws Exception {
        Clip clip = SampleClips.happy();

        ClipContent content = loader.load(clip, Optional.empty(), running());

        assertThat(content.samples()).hasSize(13_879);
        assertThat(content.sampleRate()).isEqualTo(16_000);
        assertThat(content.seconds()).isCloseTo(0.8674, within(1e-4));
        float[][] expected = ClipFeatureExtractor.uncached(MelSpectrogramConfig.paper()).logMel(clip.path());
        assertThat(content.logMel()).isDeepEqualTo(expected);
        // 1 + 13 879 / 400 frames of 128 bands, one pixel each.
        assertThat(content.spectrogram().image().width()).isEqualTo(35);
        assertThat(content.spectrogram().image().height()).isEqualTo(128);
        assertThat(content.spectrogram().frameSeconds()).isEqualTo(0.025);
        assertThat(content.spectrogram().maxDb() - content.spectrogram().minDb()).isCloseTo(80, within(1e-9));
        assertThat(content.prediction()).isEmpty();
        assertThat(content.analysisProblem()).isEmpty();
    }

    @Test
    void theLoudestCellGetsTheTopColourAndIsDrawnWithLowBandsAtTheBottom() throws Exception {
        ClipContent content = loader.load(SampleClips.happy(), Optional.empty(), running());
        float[][] mel = content.logMel();
        int loudBand = 0;
        int loudFrame = 0;
        for (int band = 0; band < mel.length; band++) {
            for (int frame = 0; frame < mel[band].length; frame++) {
                if (mel[band][frame] > mel[loudBand][loudFrame]) {
                    loudBand = band;
                    loudFrame = frame;
                }
            }
        }

        assertThat(content.spectrogram().image().pixel(loudFrame, 127 - loudBand))
                .isEqualTo(Colormap.viridis().argb(255));
    }

    @Test
    void withAModelTheClipIsAnalysedToo() throws Exception {
        FakeAnalyser model = new FakeAnalyser("fake.zip", 0.2f, 0.7f, 0.1f);

        ClipContent content = loader.load(SampleClips.happy(), Optional.of(model), running());

        assertThat(model.analysed).containsExactly(SampleClips.happy().path());
        assertThat(content.prediction()).hasValueSatisfying(p ->
                assertThat(p.analysis().predictedEmotion()).isEqualTo(Emotion.HAPPINESS));
    }

    @Test
    void aModelThatFailsLeavesTheAudioAndSaysWhy() throws Exception {
        FakeAnalyser broken = new FakeAnalyser("broken.zip");
        broken.duringAnalysis = () -> {
            throw new IllegalStateException("wrong number of mel bands");
        };

        ClipContent content = loader.load(SampleClips.happy(), Optional.of(broken), running());

        assertThat(content.prediction()).isEmpty();
        assertThat(content.samples()).hasSize(13_879);
        assertThat(content.analysisProblem())
                .isEqualTo("broken.zip could not analyse 03a01Fa.wav: wrong number of mel bands");
    }

    @Test
    void anUnreadableFileFailsWithItsName() throws Exception {
        Path wav = Files.write(dir.resolve("broken.wav"), WavBuilder.pcm16(16_000, (short) 1).withoutFmt().bytes());
        Clip clip = SampleClips.file(wav, Emotion.ANGER, 0);

        assertThatThrownBy(() -> loader.load(clip, Optional.empty(), running()))
                .isInstanceOf(AudioFormatException.class)
                .hasMessageContaining("broken.wav");
    }

    @Test
    void stopsWhenCancelledBeforeTheModelRuns() {
        FakeAnalyser model = new FakeAnalyser("fake.zip", 1, 0, 0);

        assertThatThrownBy(() -> loader.load(SampleClips.happy(), Optional.of(model), cancelled()))
                .isInstanceOf(TaskCancelledException.class);
        assertThat(model.analysed).isEmpty();
    }

    private static TaskContext running() {
        return context(false);
    }

    private static TaskContext cancelled() {
        return context(true);
    }

    private static TaskContext context(boolean cancelled) {
        return new TaskContext() {
            @Override
            public void progress(Progress progress) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
