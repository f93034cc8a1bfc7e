package org.emoscope.ui.live;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.emoscope.audio.LiveInput;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.ui.clip.ProbabilityChart;
import org.emoscope.ui.controls.AttentionStrip;
import org.emoscope.ui.controls.SpectrogramView;
import org.emoscope.ui.controls.TimeAxisView;

/**
 * The Live tab: source (default microphone, a named input, or a WAV file at real-time speed), model, window and
 * step, Start/Stop, a level meter; the latest window's spectrogram, attention strip and emotion probabilities;
 * Save recording… after Stop. FX thread only.
 */
public final class LiveView extends BorderPane {
    private static final String DEFAULT_MICROPHONE = "Default microphone";
    private static final String FROM_FILE = "WAV file at real-time speed…";
    private static final String SELECTED_CLIP = "Selected clip at real-time speed";
    private static final double LEVEL_FLOOR_DB = -60;

    private final LiveViewModel viewModel;
    private final SpectrogramView spectrogram = new SpectrogramView();
    private final AttentionStrip attention = new AttentionStrip();
    private final TimeAxisView timeAxis = new TimeAxisView();
    private final ProbabilityChart probabilities = new ProbabilityChart("Emotion", "Start listening to see the"
            + " model's reading of the last window");
    private final Label reading = new Label();

    public LiveView(LiveViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("live-view");
        setTop(toolbar());
        spectrogram.setPrefHeight(260);
        attention.setPrefHeight(84);
        reading.setId("live-reading");
        reading.getStyleClass().add("live-reading");
        VBox tracks = new VBox(4, reading, spectrogram, attention, timeAxis);
        VBox.setVgrow(spectrogram, Priority.ALWAYS);
        HBox.setHgrow(tracks, Priority.ALWAYS);
        probabilities.setPrefWidth(300);
        probabilities.setMinWidth(240);
        HBox centre = new HBox(8, tracks, probabilities);
        centre.getStyleClass().add("live-centre");
        centre.setPadding(new Insets(8));
        setCenter(centre);
        setBottom(statusBar());
        viewModel.shownProperty().addListener((obs, old, shown) -> show(shown));
        show(null);
    }

    private HBox toolbar() {
        ComboBox<String> source = new ComboBox<>();
        source.setId("live-source");
        List<String> inputs = new ArrayList<>(List.of(DEFAULT_MICROPHONE));
        String names = LiveInput.inputNames();
        if (!names.equals("none")) {
            inputs.addAll(List.of(names.split(", ")));
        }
        inputs.add(SELECTED_CLIP);
        inputs.add(FROM_FILE);
        source.getItems().setAll(inputs);
        source.getSelectionModel().select(0);
        source.setTooltip(new Tooltip("Recording inputs found: " + names));
        source.setOnAction(event -> {
            String chosen = source.getValue();
            if (FROM_FILE.equals(chosen)) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Listen to a WAV file");
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("WAV audio", "*.wav"));
                File file = chooser.showOpenDialog(getScene().getWindow());
                if (file != null) {
                    viewModel.sourceProperty().set(new LiveViewModel.Source.File(file.toPath()));
                } else {
                    source.getSelectionModel().select(0);
                }
            } else if (SELECTED_CLIP.equals(chosen)) {
                viewModel.sourceProperty().set(new LiveViewModel.Source.SelectedClip());
            } else {
                viewModel.sourceProperty().set(new LiveViewModel.Source.Microphone(
                        DEFAULT_MICROPHONE.equals(chosen) ? null : chosen));
            }
        });
        Label model = new Label();
        model.textProperty().bind(Bindings.createStringBinding(() -> viewModel.modelProperty().get() == null
                ? "no model" : "Model: " + viewModel.modelProperty().get().getFileName(), viewModel.modelProperty()));
        Button chooseModel = new Button("Model…");
        chooseModel.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Listen with a model");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Emoscope model", "*.zip"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.modelProperty().set(file.toPath());
            }
        });
        Spinner<Double> window = new Spinner<>(0.5, 10, viewModel.windowSecondsProperty().get(), 0.5);
        window.setPrefWidth(80);
        window.valueProperty().addListener((obs, old, now) -> viewModel.windowSecondsProperty().set(now));
        Spinner<Double> every = new Spinner<>(0.1, 5, viewModel.hopSecondsProperty().get(), 0.1);
        every.setPrefWidth(80);
        every.valueProperty().addListener((obs, old, now) -> viewModel.hopSecondsProperty().set(now));
        Button start = new Button("Start");
        start.setId("live-start");
        start.disableProperty().bind(viewModel.listeningProperty());
        start.setOnAction(event -> viewModel.start());
        Button stop = new Button("Stop");
        stop.setId("live-stop");
        stop.disableProperty().bind(viewModel.listeningProperty().not());
        stop.setOnAction(event -> viewModel.stop());
        for (Region control : List.of(window, every, source)) {
            control.disableProperty().bind(viewModel.listeningProperty());
        }
        HBox bar = new HBox(8, new Label("Source"), source, model, chooseModel, new Label("Window (s)"), window,
                new Label("every (s)"), every, start, stop);
        bar.getStyleClass().add("tool-bar-row");
        return bar;
    }

    private HBox statusBar() {
        ProgressBar level = new ProgressBar();
        level.setId("live-level");
        level.setPrefWidth(160);
        level.progressProperty().bind(Bindings.createDoubleBinding(() -> Math.max(0,
                (viewModel.levelDbProperty().get() - LEVEL_FLOOR_DB) / -LEVEL_FLOOR_DB), viewModel.levelDbProperty()));
        Label levelText = new Label();
        levelText.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.0f dBFS · %.1f s"
                + " heard", viewModel.levelDbProperty().get(), viewModel.heardSecondsProperty().get()),
                viewModel.levelDbProperty(), viewModel.heardSecondsProperty()));
        Label status = new Label();
        status.setId("live-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button("Save recording…");
        save.setId("live-save");
        save.disableProperty().bind(viewModel.hasRecordingProperty().not().or(viewModel.listeningProperty()));
        save.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the recording");
            chooser.setInitialFileName("recording.wav");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("WAV audio", "*.wav"));
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                viewModel.saveRecording(file.toPath());
            }
        });
        HBox bar = new HBox(8, new Label("Level"), level, levelText, status, save);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void show(LiveViewModel.Shown shown) {
        if (shown == null) {
            spectrogram.clear();
            attention.showMessage("", 0);
            timeAxis.setDurationSeconds(0);
            probabilities.show(List.of());
            reading.setText("No window yet");
            return;
        }
        spectrogram.setSpectrogram(shown.spectrogram(), shown.seconds());
        spectrogram.setAttention(shown.attention());
        attention.setTrack(shown.attention(), shown.seconds());
        timeAxis.setDurationSeconds(shown.seconds());
        ClipAnalysis analysis = shown.reading().analysis();
        List<ProbabilityChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < analysis.emotions().size(); i++) {
            bars.add(new ProbabilityChart.Bar(analysis.emotions().get(i).label(), analysis.emotionProbabilities()[i],
                    analysis.emotions().get(i) == analysis.predictedEmotion(), false, false));
        }
        probabilities.show(bars);
        int predicted = analysis.emotions().indexOf(analysis.predictedEmotion());
        reading.setText(String.format(Locale.ROOT, "%.1f–%.1f s: %s (%.0f %%)", shown.reading().startSeconds(),
                shown.reading().endSeconds(), analysis.predictedEmotion().label(),
                100 * analysis.emotionProbabilities()[predicted]));
    }
}
