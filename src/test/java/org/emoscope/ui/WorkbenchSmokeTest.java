package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.ui.controls.TimeTrack;
import org.emoscope.ui.controls.TimeWindow;
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
    void pitchAndEnergyAreDrawnUnderTheWaveformAndTheirBoxHidesThem() {
        waitForClips();
        waitForClipWithAttention(onFx(() -> clipTable().getSelectionModel().getSelectedItem()));
        Node pitch = byId("pitch-track", Node.class);
        Node energy = byId("energy-track", Node.class);
        assertThat(colouredShare(pitch)).as("share of the pitch track drawn in colour (the voiced F0)").isPositive();
        assertThat(colouredShare(energy)).as("share of the energy track under its curve").isGreaterThan(0.2);
        double spectrogramHeight = onFx(() -> spectrogram().getHeight());

        robot.clickOn(byId("prosody-shown", CheckBox.class));

        waitUntil("the pitch and energy tracks are hidden and the spectrogram has their room",
                () -> !pitch.isVisible() && !energy.isVisible() && spectrogram().getHeight() > spectrogramHeight,
                () -> "spectrogram height " + spectrogram().getHeight() + " (was " + spectrogramHeight + ")");
    }

    @Test
    void theSaliencyOverlayColoursTheSpectrogramInsteadOfTheAttentionVeil() {
        waitForClips();
        waitForClipWithAttention(onFx(() -> clipTable().getSelectionModel().getSelectedItem()));
        CheckBox veil = byId("attention-overlay", CheckBox.class);
        CheckBox saliency = byId("saliency-overlay", CheckBox.class);
        robot.clickOn(veil);
        waitUntil("the attention veil is on", veil::isSelected, () -> "not selected");
        // Only the playback cursor is orange-red under the veil: viridis has no orange.
        double before = orangeShare(spectrogram());

        robot.clickOn(saliency);

        waitUntil("the saliency overlay replaced the veil", () -> saliency.isSelected() && !veil.isSelected(),
                () -> "saliency " + saliency.isSelected() + ", veil " + veil.isSelected());
        waitUntil("frames speaking against the prediction are orange",
                () -> orangeShare(spectrogram()) > before + 0.002,
                () -> "orange share " + orangeShare(spectrogram()) + ", under the veil " + before);
    }

    @Test
    void clipsSelectedTogetherOpenStackedOnOneTimeAxis() {
        waitForClips();
        Clip first = clickClipRow(0);
        robot.press(KeyCode.CONTROL);
        Clip second;
        try {
            second = clickClipRow(3);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        Button compare = byId("compare-clips", Button.class);
        waitUntil("two clips are selected", () -> !compare.isDisabled(), compare::getText);
        assertThat(compare.getText()).isEqualTo("Compare 2 clips");

        robot.clickOn(compare);

        waitUntil("the comparison window shows both clips", () -> comparisonRows().size() == 2,
                () -> comparisonRows().size() + " rows");
        VBox rows = onFx(() -> (VBox) robot.lookup("#comparison-rows").queryAs(ScrollPane.class).getContent());
        assertThat(onFx(() -> rows.getChildren().stream().map(row -> ((Label) ((VBox) row).getChildren().get(0))
                .getText().split(" ")[0]).toList())).containsExactly(first.relativePath(), second.relativePath());
        double plot = TimeTrack.LEFT_GUTTER + TimeTrack.RIGHT_GUTTER;
        double longer = Math.max(first.seconds(), second.seconds());
        waitUntil("with absolute time each clip is as wide as it is long",
                () -> Math.abs((trackWidth(0) - plot) / (trackWidth(1) - plot)
                        - first.seconds() / second.seconds()) < 0.02,
                () -> trackWidth(0) + " and " + trackWidth(1) + " px for " + first.seconds() + " and "
                        + second.seconds() + " s (longest " + longer + ")");

        robot.clickOn(robot.lookup("#comparison-relative").queryAs(ToggleButton.class));

        waitUntil("with relative time every clip fills the width", () -> Math.abs(trackWidth(0) - trackWidth(1)) < 1,
                () -> trackWidth(0) + " and " + trackWidth(1) + " px");
    }

    @Test
    void theLiveTabSaysWhenThereIsNoMicrophoneAndStaysUsable() {
        selectTab("Live");
        Button start = byId("live-start", Button.class);
        assertThat(textOf("live-status")).startsWith("Ready: fold-emodb_03.zip");

        robot.clickOn(start);

        // The test machines have no microphone; one that has is listened to and stopped again.
        waitUntil("the Live tab says it cannot record, or records", () -> textOf("live-status").contains("no microphone")
                || textOf("live-status").startsWith("Listening"), () -> textOf("live-status"));
        if (textOf("live-status").startsWith("Listening")) {
            robot.clickOn(byId("live-stop", Button.class));
        } else {
            assertThat(textOf("live-status")).contains("inputs: ").endsWith("choose a WAV file as the source");
        }
        waitUntil("Start can be pressed again", () -> !start.isDisabled(), () -> textOf("live-status"));
    }

    private List<Node> comparisonRows() {
        return onFx(() -> robot.lookup("#comparison-rows").tryQueryAs(ScrollPane.class)
                .map(scroll -> List.copyOf(((VBox) scroll.getContent()).getChildren())).orElse(List.of()));
    }

    /** The width of row {@code index}'s tracks. */
    private double trackWidth(int index) {
        return onFx(() -> ((Region) ((HBox) ((VBox) comparisonRows().get(index)).getChildren().get(1)).getChildren()
                .get(0)).getWidth());
    }

    /** The share of a node's pixels in the saliency's "against" orange, which no viridis colour comes near. */
    private static double orangeShare(Node node) {
        Image image = onFx(() -> node.snapshot(null, null));
        PixelReader pixels = image.getPixelReader();
        long orange = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                if (r > g + 40 && r > b + 60) {
                    orange++;
                }
            }
        }
        return (double) orange / (image.getWidth() * image.getHeight());
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

    @Test
    void theKeyboardZoomsPansAndSeeksEveryTrackTogether() {
        waitForClips();
        waitForClipWithAttention(onFx(() -> clipTable().getSelectionModel().getSelectedItem()));
        onFx(() -> stage.getScene().getRoot().requestFocus());
        double clipSeconds = onFx(() -> window().clipSeconds());

        robot.type(KeyCode.EQUALS); // + without Shift on a US keyboard
        assertThat(onFx(() -> window().zoomFactor())).isCloseTo(2, within(1e-9));
        robot.type(KeyCode.RIGHT);
        TimeWindow panned = onFx(this::window);
        assertThat(panned.startSeconds()).as("a fifth of the view later").isCloseTo(clipSeconds / 10, within(1e-9));
        assertThat(onFx(() -> attentionStrip().windowProperty().get())).as("the strip shares the axis").isEqualTo(panned);

        robot.type(KeyCode.END);
        assertThat(onFx(this::cursor)).isCloseTo(clipSeconds, within(1e-9));
        assertThat(onFx(() -> window().contains(clipSeconds))).as("the cursor is brought into view").isTrue();
        robot.type(KeyCode.COMMA);
        assertThat(onFx(this::cursor)).as("a tenth of the view back").isCloseTo(clipSeconds * 0.95, within(1e-9));
        robot.type(KeyCode.HOME);
        assertThat(onFx(this::cursor)).isZero();

        robot.type(KeyCode.F);
        assertThat(onFx(() -> window().isWhole())).isTrue();
        robot.type(KeyCode.MINUS);
        assertThat(onFx(() -> window().isWhole())).as("no zooming out beyond the whole clip").isTrue();
    }

    @Test
    void pointingAtTheAttentionStripReadsOutTheStep() {
        waitForClips();
        waitForClipWithAttention(onFx(() -> clipTable().getSelectionModel().getSelectedItem()));
        assertThat(onFx(() -> attentionStrip().hoverTextProperty().get())).isEmpty();

        robot.moveTo(attentionStrip());

        assertThat(onFx(() -> attentionStrip().hoverTextProperty().get()))
                .matches("\\d\\.\\d\\d–\\d\\.\\d\\d s · α 0\\.\\d{4}, \\d+\\.\\d× even · \\d+\\.\\d % of the clip's attention");
        robot.moveTo(clipTable());
        assertThat(onFx(() -> attentionStrip().hoverTextProperty().get())).as("gone when the pointer leaves").isEmpty();
    }

    @Test
    void theSpectrogramReachesTheClipsEndLikeTheOtherTracks() {
        waitForClips();
        // A clip whose last hop is short: its frames' cells alone would end up to 12.5 ms before the clip.
        int row = onFx(() -> {
            List<Clip> clips = clipTable().getItems();
            return IntStream.range(0, clips.size())
                    .filter(i -> Math.round(clips.get(i).seconds() * 16_000) % 400 > 300).findFirst().orElseThrow();
        });
        Clip clip = clickClipRow(row);
        waitForClipWithAttention(clip);

        Image picture = onFx(() -> spectrogram().snapshot(null, null));
        int lastPlotColumn = (int) Math.floor(picture.getWidth() - TimeTrack.RIGHT_GUTTER) - 1;
        int argb = picture.getPixelReader().getArgb(lastPlotColumn, (int) picture.getHeight() / 2);
        assertThat(argb).as("the spectrogram's last plot column is drawn, not background").isNotEqualTo(
                picture.getPixelReader().getArgb(lastPlotColumn, 0));
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalEmotionsTickedAtOnceShowTheirClipsAndTheBoxSaysHowMany() {
        waitForClips();
        CheckComboBox<Emotion> emotions = byId("emotions-filter", CheckComboBox.class);
        assertThat(onFx(emotions::getTitle)).isEqualTo("All emotions");

        onFx(() -> {
            emotions.getCheckModel().check(Emotion.ANGER);
            emotions.getCheckModel().check(Emotion.SADNESS);
        });

        waitUntil("only angry and sad clips are listed", () -> !clipTable().getItems().isEmpty()
                && clipTable().getItems().stream().allMatch(c -> c.emotion() == Emotion.ANGER || c.emotion() == Emotion.SADNESS)
                && clipTable().getItems().stream().map(Clip::emotion).distinct().count() == 2);
        assertThat(onFx(emotions::getTitle)).isEqualTo("2 emotions");
        onFx(() -> emotions.getCheckModel().clearChecks());
        waitUntil("every clip again", () -> clipTable().getItems().stream().map(Clip::emotion).distinct().count() > 2);
        assertThat(onFx(emotions::getTitle)).isEqualTo("All emotions");
    }

    private TimeWindow window() {
        return spectrogram().windowProperty().get();
    }

    private double cursor() {
        return spectrogram().cursorSecondsProperty().get();
    }
}
