package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** Comparing clips without a toolkit: real clips of the sample corpus read by the real loader, no model. */
class ClipComparisonViewModelTest {
    private final ClipLoader loader = new ClipLoader();
    private final ClipViewModel.ClipReading reading = (clip, context) -> loader.load(clip, Optional.empty(), context);

    @Test
    void readsEachClipInOrderAndNamesOneThatCannotBeReadWhileShowingTheOthers() {
        ClipComparisonViewModel viewModel = new ClipComparisonViewModel(new CurrentThreadTaskExecutor());
        Clip missing = SampleClips.file(Path.of("sample-audio/emodb/wav/gone.wav").toAbsolutePath(), Emotion.ANGER, 1);

        viewModel.compare(List.of(SampleClips.happy(), missing, SampleClips.angry()), reading);

        assertThat(viewModel.contents()).extracting(content -> content.clip().relativePath())
                .containsExactly("03a01Fa.wav", "03a01Wa.wav");
        assertThat(viewModel.readingProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("2 clips · no model, so no attention")
                .contains("gone.wav: ");
        assertThat(viewModel.longestSeconds()).isEqualTo(13_879 / 16_000.0);
    }

    @Test
    void takesAtMostEightClipsAndSaysSo() {
        ClipComparisonViewModel viewModel = new ClipComparisonViewModel(new CurrentThreadTaskExecutor());
        List<Clip> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(i % 2 == 0 ? SampleClips.happy() : SampleClips.angry());
        }

        viewModel.compare(ten, reading);

        assertThat(viewModel.contents()).hasSize(ClipComparisonViewModel.MAX_CLIPS);
        assertThat(viewModel.statusProperty().get()).startsWith("8 clips (the first 8 of 10)");
    }
}
