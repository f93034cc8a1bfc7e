package org.emoscope.ui.clip;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.emoscope.ui.controls.AttentionStrip;
import org.emoscope.ui.controls.SpectrogramView;
import org.emoscope.ui.controls.TimeAxisView;
import org.emoscope.ui.controls.TimeTrack;
import org.emoscope.ui.controls.WaveformView;

/**
 * The workbench's central view of one clip: waveform, log-Mel spectrogram and attention strip on
 * one time axis with a shared playback cursor (click or drag on any track to move it), the emotion
 * probabilities beside them, and play/pause. FX thread only; all data comes from the
 * {@link ClipViewModel}.
 */
public final class ClipView extends BorderPane {
    private final ClipViewModel viewModel;
    private final WaveformView waveform = new WaveformView();
    private final SpectrogramView spectrogram = new SpectrogramView();
    private final AttentionStrip attention = new AttentionStrip();
    private final TimeAxisView timeAxis = new TimeAxisView();
    private final ClipPlayer player = new ClipPlayer();
    private final AnimationTimer followPlayback = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.seek(player.currentSeconds(viewModel.playbackPositionProperty().get()));
        }
    };

    public ClipView(ClipViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("clip-view");
        setId("clip-view");
        waveform.setId("waveform");
        spectrogram.setId("spectrogram");
        attention.setId("attention-strip");
        timeAxis.setId("time-axis");
        setTop(header());
        setCenter(tracks());
        setRight(new EmotionChart(viewModel.probabilities()));
        setBottom(statusLine());

        viewModel.contentProperty().addListener((obs, old, content) -> show(content));
        viewModel.attentionMessageProperty().addListener((obs, old, message) -> {
            ClipContent content = viewModel.contentProperty().get();
            if (content != null && content.prediction().isEmpty()) {
                attention.showMessage(message, content.seconds());
            }
        });
        player.setOnFinished(() -> viewModel.seek(0));
        player.playingProperty().addListener((obs, old, playing) -> {
            if (playing) {
                followPlayback.start();
            } else {
                followPlayback.stop();
            }
        });
        show(viewModel.contentProperty().get());
    }

    private HBox header() {
        Button play = new Button();
        play.setId("play");
        play.textProperty().bind(Bindings.when(player.playingProperty()).then("⏸ Pause").otherwise("▶ Play"));
        play.disableProperty().bind(viewModel.contentProperty().isNull());
        play.setOnAction(event -> {
            if (player.playingProperty().get()) {
                player.pause();
            } else {
                player.play(viewModel.playbackPositionProperty().get());
            }
        });
        play.setMinWidth(Region.USE_PREF_SIZE);

        Label position = new Label();
        position.getStyleClass().add("clip-position");
        position.textProperty().bind(Bindings.createStringBinding(() -> {
            ClipContent content = viewModel.contentProperty().get();
            return content == null ? "" : String.format(Locale.ROOT, "%.2f / %.2f s",
                    viewModel.playbackPositionProperty().get(), content.seconds());
        }, viewModel.playbackPositionProperty(), viewModel.contentProperty()));
        position.setMinWidth(Region.USE_PREF_SIZE);

        Label title = new Label();
        title.getStyleClass().add("clip-title");
        title.setId("clip-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.clipProperty().get() == null
                ? "No clip selected" : viewModel.clipProperty().get().relativePath() + " · "
                + viewModel.clipProperty().get().speaker().key(), viewModel.clipProperty()));

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("clip-busy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.loadingProperty().or(viewModel.modelLoadingProperty()));

        Label prediction = new Label();
        prediction.getStyleClass().add("prediction-summary");
        prediction.textProperty().bind(viewModel.predictionSummaryProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, play, position, title, busy, spacer, prediction);
        header.getStyleClass().add("tool-bar-row");
        return header;
    }

    private StackPane tracks() {
        List<TimeTrack> all = List.of(waveform, spectrogram, attention, timeAxis);
        for (TimeTrack track : all) {
            track.cursorSecondsProperty().bind(viewModel.playbackPositionProperty());
            track.setOnSeek(seconds -> {
                viewModel.seek(seconds);
                player.seek(viewModel.playbackPositionProperty().get());
            });
        }
        VBox stack = new VBox(4, waveform, spectrogram, attention, timeAxis);
        stack.setPadding(new Insets(4, 0, 0, 0));
        VBox.setVgrow(spectrogram, Priority.ALWAYS);

        Label empty = new Label("Select a clip in the table to see its waveform, spectrogram and attention");
        empty.getStyleClass().add("placeholder");
        empty.visibleProperty().bind(viewModel.contentProperty().isNull());
        stack.visibleProperty().bind(viewModel.contentProperty().isNotNull());
        return new StackPane(stack, empty);
    }

    private HBox statusLine() {
        Label model = new Label();
        model.setId("model-status");
        model.textProperty().bind(viewModel.modelStatusProperty());
        Label error = new Label();
        error.setId("clip-error");
        error.getStyleClass().add("error-message");
        error.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("  ", List.of(viewModel.errorMessageProperty().get(),
                        player.problemProperty().get())).strip(),
                viewModel.errorMessageProperty(), player.problemProperty()));
        CheckBox overlay = new CheckBox("Attention over spectrogram");
        overlay.selectedProperty().bindBidirectional(spectrogram.attentionOverlayProperty());
        overlay.disableProperty().bind(Bindings.isEmpty(viewModel.probabilities()));
        overlay.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(12, model, error, spacer, overlay);
        status.getStyleClass().add("status-bar");
        return status;
    }

    private void show(ClipContent content) {
        if (content == null) {
            player.setFile(null);
            waveform.clear();
            spectrogram.clear();
            attention.showMessage("", 0);
            timeAxis.setDurationSeconds(0);
            return;
        }
        if (!content.clip().path().equals(player.file())) {
            player.setFile(content.clip().path());
        }
        double seconds = content.seconds();
        waveform.setSamples(content.samples(), seconds);
        spectrogram.setSpectrogram(content.spectrogram(), seconds);
        timeAxis.setDurationSeconds(seconds);
        content.prediction().ifPresentOrElse(prediction -> {
            attention.setTrack(prediction.attention(), seconds);
            spectrogram.setAttention(prediction.attention());
        }, () -> {
            attention.showMessage(viewModel.attentionMessageProperty().get(), seconds);
            spectrogram.setAttention(null);
        });
    }
}
