package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.ui.controls.SelfAttentionImage;
import org.junit.jupiter.api.Test;

/** Choosing a self-attention head, without a JavaFX toolkit. */
class SelfAttentionViewModelTest {
    private final SelfAttentionViewModel heads = new SelfAttentionViewModel(new CurrentThreadTaskExecutor());

    private static ClipPrediction reading(int headCount) {
        FakeAnalyser model = new FakeAnalyser("model.zip", 0.2f, 0.5f, 0.3f);
        model.heads = headCount;
        return model.analyse(SampleClips.happy());
    }

    @Test
    void withoutAReadingThereIsNoHeadAndAHint() {
        heads.show(Optional.empty());

        assertThat(heads.headCountProperty().get()).isZero();
        assertThat(heads.imageProperty().get()).isNull();
        assertThat(heads.messageProperty().get()).isEqualTo(SelfAttentionViewModel.NO_MAPS);
    }

    @Test
    void theFirstHeadIsDrawnWhenAReadingArrives() {
        heads.show(Optional.of(reading(4)));

        assertThat(heads.headCountProperty().get()).isEqualTo(4);
        assertThat(heads.selectedHeadProperty().get()).isEqualTo(1);
        assertThat(heads.imageProperty().get().head()).isEqualTo(1);
        assertThat(heads.messageProperty().get()).isEmpty();
    }

    @Test
    void choosingAHeadDrawsThatHeadsMap() {
        heads.show(Optional.of(reading(4)));

        heads.selectHead(3);

        assertThat(heads.imageProperty().get().head()).isEqualTo(3);
        // The fake's head 3 sends every query to key step 2.
        assertThat(heads.imageProperty().get().weights()[5][2]).isEqualTo(1f);
    }

    @Test
    void headNumbersAreClampedToTheHeadsThereAre() {
        heads.show(Optional.of(reading(4)));

        heads.selectHead(9);
        assertThat(heads.selectedHeadProperty().get()).isEqualTo(4);
        heads.selectHead(0);
        assertThat(heads.selectedHeadProperty().get()).isEqualTo(1);
    }

    @Test
    void theChosenHeadIsKeptForTheNextClipAndClampedForASmallerModel() {
        heads.show(Optional.of(reading(16)));
        heads.selectHead(12);

        heads.show(Optional.of(reading(16)));
        assertThat(heads.imageProperty().get().head()).isEqualTo(12);

        heads.show(Optional.of(reading(4)));
        assertThat(heads.selectedHeadProperty().get()).isEqualTo(4);
        assertThat(heads.imageProperty().get().head()).isEqualTo(4);
    }

    @Test
    void aModelWithoutMapsSaysSo() {
        heads.show(Optional.of(reading(0)));

        assertThat(heads.imageProperty().get()).isNull();
        assertThat(heads.messageProperty().get()).contains("no self-attention maps");
    }

    @Test
    void theOverviewHasASmallMapOfEveryHead() {
        heads.show(Optional.of(reading(4)));

        assertThat(heads.overview()).extracting(SelfAttentionImage::head).containsExactly(1, 2, 3, 4);
        assertThat(heads.overview()).allMatch(map -> map.image().width() <= SelfAttentionViewModel.THUMBNAIL_PIXELS);
        heads.show(Optional.empty());
        assertThat(heads.overview()).isEmpty();
    }
}
