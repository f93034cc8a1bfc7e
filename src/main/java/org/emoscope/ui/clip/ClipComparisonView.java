package org.emoscope.ui.clip;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.ui.controls.AttentionStrip;
import org.emoscope.ui.controls.PitchTrack;
import org.emoscope.ui.controls.SpectrogramView;
import org.emoscope.ui.controls.TimeAxisView;
import org.emoscope.ui.controls.TimeTrack;

/**
 * The clips of a {@link ClipComparisonViewModel} one above the other, each with its title (file, speaker,
 * label, prediction), spectrogram, pitch and attention strip on its own time axis; with *Absolute* every clip has
 * the same seconds per pixel, so a longer clip is wider, with *Relative* each fills the width. FX thread only.
 */
public final class ClipComparisonView extends BorderPane {
    private static final double SPECTROGRAM_HEIGHT = 120;
    private static final double PITCH_HEIGHT = 36;
    private static final double ATTENTION_HEIGHT = 56;
    private static final double PADDING = 8;

    private final ClipComparisonViewModel viewModel;
    private final VBox rows = new VBox(14);
    private final ScrollPane scroll = new ScrollPane(rows);

    public ClipComparisonView(ClipComparisonViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("clip-comparison");
        ToggleGroup axis = new ToggleGroup();
        ToggleButton absolute = new ToggleButton("Absolute time");
        absolute.setId("comparison-absolute");
        ToggleButton relative = new ToggleButton("Relative time");
        relative.setId("comparison-relative");
        absolute.setToggleGroup(axis);
        relative.setToggleGroup(axis);
        (viewModel.relativeTimeProperty().get() ? relative : absolute).setSelected(true);
        axis.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                viewModel.relativeTimeProperty().set(now == relative);
            }
        });
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.readingProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(viewModel.readingProperty());
        cancel.setOnAction(event -> viewModel.cancel());
        Label status = new Label();
        status.setId("comparison-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox toolbar = new HBox(8, absolute, relative, busy, cancel, status);
        toolbar.getStyleClass().add("tool-bar-row");

        scroll.setFitToWidth(true);
        scroll.setId("comparison-rows");
        rows.getStyleClass().add("comparison-rows");
        rows.setPadding(new Insets(PADDING));
        setTop(toolbar);
        setCenter(scroll);
        viewModel.contents().addListener((ListChangeListener<ClipContent>) change -> rebuild());
        rebuild();
    }

    /** Opens the comparison in a window of its own over {@code owner}. */
    public static Stage show(Window owner, ClipComparisonViewModel viewModel) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Emoscope — compare clips");
        stage.setScene(new Scene(new ClipComparisonView(viewModel), 1100, 760));
        stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.setOnHidden(event -> viewModel.cancel());
        stage.show();
        return stage;
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (ClipContent content : viewModel.contents()) {
            rows.getChildren().add(row(content));
        }
    }

    private Region row(ClipContent content) {
        double seconds = content.seconds();
        Label title = new Label(title(content));
        title.getStyleClass().add("comparison-title");
        SpectrogramView spectrogram = new SpectrogramView();
        spectrogram.setSpectrogram(content.spectrogram(), seconds);
        PitchTrack pitch = new PitchTrack();
        pitch.setContour(content.prosody(), seconds);
        AttentionStrip attention = new AttentionStrip();
        content.prediction().ifPresentOrElse(prediction -> {
            attention.setTrack(prediction.attention(), seconds);
            spectrogram.setAttention(prediction.attention());
        }, () -> attention.showMessage("no model: no attention", seconds));
        TimeAxisView timeAxis = new TimeAxisView();
        timeAxis.setDurationSeconds(seconds);
        sized(spectrogram, SPECTROGRAM_HEIGHT);
        sized(pitch, PITCH_HEIGHT);
        sized(attention, ATTENTION_HEIGHT);
        VBox tracks = new VBox(2, spectrogram, pitch, attention, timeAxis);
        // Absolute time: the plot is as wide as the clip is long against the longest clip.
        DoubleBinding plot = Bindings.createDoubleBinding(() -> {
            double available = scroll.getViewportBounds().getWidth() - 2 * PADDING - TimeTrack.LEFT_GUTTER
                    - TimeTrack.RIGHT_GUTTER;
            double share = viewModel.relativeTimeProperty().get() || viewModel.longestSeconds() <= 0 ? 1
                    : seconds / viewModel.longestSeconds();
            return Math.max(0, available * share) + TimeTrack.LEFT_GUTTER + TimeTrack.RIGHT_GUTTER;
        }, scroll.viewportBoundsProperty(), viewModel.relativeTimeProperty());
        tracks.prefWidthProperty().bind(plot);
        tracks.maxWidthProperty().bind(plot);
        HBox line = new HBox(tracks);
        VBox row = new VBox(4, title, line);
        row.getStyleClass().add("comparison-row");
        return row;
    }

    private static void sized(Region track, double height) {
        track.setPrefHeight(height);
        track.setMinHeight(height);
    }

    private static String title(ClipContent content) {
        String clip = content.clip().relativePath() + " · " + content.clip().speaker().key() + " · "
                + String.format(Locale.ROOT, "%.2f s", content.seconds());
        if (content.prediction().isEmpty()) {
            return clip + " · labelled " + content.clip().emotion().label();
        }
        ClipAnalysis analysis = content.prediction().get().analysis();
        int predicted = analysis.emotions().indexOf(analysis.predictedEmotion());
        return clip + " · " + PredictionLine.of(analysis.predictedEmotion(), analysis.emotionProbabilities()[predicted],
                content.clip().emotion());
    }
}
