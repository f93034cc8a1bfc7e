package org.emoscope.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Optional;
import org.emoscope.audio.WavReader;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Live tab without a toolkit: a sample clip stands in for the microphone, tasks run on the test thread. */
class LiveViewModelTest {
    private static final Path MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");
    private static final Path CLIP = Path.of("sample-audio/emodb/wav/03a01Fa.wav");

    @TempDir
    Path dir;

    @Test
    void listensToAFileShowsEachWindowAndKeepsWhatItHeard() throws Exception {
        LiveViewModel live = new LiveViewModel(new CurrentThreadTaskExecutor(), Runnable::run, MODEL, () -> Optional.of(CLIP));
        live.sourceProperty().set(new LiveViewModel.Source.SelectedClip());
        live.windowSecondsProperty().set(0.5);
        live.hopSecondsProperty().set(0.25);
        double[] loudest = {-90};
        live.levelDbProperty().addListener((obs, old, level) -> loudest[0] = Math.max(loudest[0], level.doubleValue()));

        live.start();

        assertThat(live.listeningProperty().get()).isFalse();
        LiveViewModel.Shown last = live.shownProperty().get();
        assertThat(last).isNotNull();
        assertThat(last.reading().endSeconds()).as("the clip's tail").isEqualTo(13_879 / 16_000.0);
        assertThat(last.seconds()).isEqualTo(0.5);
        assertThat(last.spectrogram().frames()).isGreaterThan(10);
        assertThat(last.attention().steps()).isPositive();
        assertThat(loudest[0]).as("the meter moved with the speech").isGreaterThan(-40);
        assertThat(live.heardSecondsProperty().get()).isEqualTo(13_879 / 16_000.0);
        assertThat(live.hasRecordingProperty().get()).isTrue();
        assertThat(live.statusProperty().get()).startsWith("Heard 0.9 s of 03a01Fa.wav at real-time speed");

        Path saved = dir.resolve("recording.wav");
        live.saveRecording(saved);

        assertThat(WavReader.probe(saved).seconds()).isEqualTo(13_879 / 16_000.0);
        assertThat(live.statusProperty().get()).startsWith("Saved " + saved);
    }

    @Test
    void withoutAModelItAsksForOne() {
        LiveViewModel live = new LiveViewModel(new CurrentThreadTaskExecutor(), Runnable::run, null, Optional::empty);

        live.start();

        assertThat(live.listeningProperty().get()).isFalse();
        assertThat(live.statusProperty().get()).isEqualTo("Choose a model first");
    }

    @Test
    void theSelectedClipAsSourceNeedsAClipSelected() {
        LiveViewModel live = new LiveViewModel(new CurrentThreadTaskExecutor(), Runnable::run, MODEL, Optional::empty);
        live.sourceProperty().set(new LiveViewModel.Source.SelectedClip());

        live.start();

        assertThat(live.listeningProperty().get()).isFalse();
        assertThat(live.statusProperty().get()).isEqualTo("Select a clip (Corpus tab) to listen to it");
    }

    @Test
    void theLevelIsTheBlocksRmsInDecibelsOfFullScale() {
        assertThat(LiveViewModel.levelDb(new float[] {0.5f, -0.5f})).isCloseTo(-6.02, within(0.01));
        assertThat(LiveViewModel.levelDb(new float[4])).isEqualTo(-90);
    }
}
