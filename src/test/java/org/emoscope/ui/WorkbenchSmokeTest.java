package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.emoscope.corpus.Clip;
import org.junit.jupiter.api.Test;

/** The workbench's first steps, walked in the real window: corpus, first clip, another clip. */
class WorkbenchSmokeTest extends WorkbenchTestBase {

    @Test
    void opensWithTheBundledSampleCorpus() {
        waitForClips();

        assertThat(onFx(() -> clipTable().getItems().stream().map(clip -> clip.corpus().displayName())
                .distinct().toList())).hasSize(2);
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getText())).isEqualTo("Corpus");
        assertThat(stage.getTitle()).startsWith("Emoscope");
    }

    @Test
    void theFirstClipOpensWithItsSpectrogramAndAttention() {
        waitForClips();
        Clip first = onFx(() -> clipTable().getSelectionModel().getSelectedItem());
        assertThat(first).as("the clip selected on start").isNotNull();

        waitForClipWithAttention(first);

        assertThat(colouredShare(spectrogram())).as("share of the spectrogram drawn in colour").isGreaterThan(0.5);
        assertThat(colouredShare(attentionStrip())).as("share of the attention strip drawn in colour").isPositive();
        assertThat(textOf("model-status")).startsWith("Model: ");
    }

    @Test
    void aClipChosenInTheTableOpens() {
        waitForClips();
        Clip first = onFx(() -> clipTable().getSelectionModel().getSelectedItem());
        waitForClipWithAttention(first);
        // Bindings hold some of the workbench's state only weakly; what the user sees must survive a collection.
        System.gc();

        Clip second = clickClipRow(1);

        assertThat(second).isNotEqualTo(first);
        waitForClipWithAttention(second);
        assertThat(onFx(() -> clipTable().getSelectionModel().getSelectedItem())).isEqualTo(second);
        assertThat(colouredShare(spectrogram())).isGreaterThan(0.5);
    }
}
