package org.emoscope.ui.clip;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.emoscope.ui.controls.AttentionStrip;
import org.emoscope.ui.controls.EnergyTrack;
import org.emoscope.ui.controls.ExpiringMessage;
import org.emoscope.ui.controls.FxImages;
import org.emoscope.ui.controls.PitchTrack;
import org.emoscope.ui.controls.SaliencyTrack;
import org.emoscope.ui.controls.SpectrogramView;
import org.emoscope.ui.controls.TimeAxisView;
import org.emoscope.ui.controls.TimeTrack;
import org.emoscope.ui.controls.TimeWindow;
import org.emoscope.ui.controls.WaveformView;

/**
 * The workbench's central view of one clip. Its "Tracks" page shows waveform, pitch (F0) and energy,
 * log-Mel spectrogram, attention strip and gradient saliency on one time axis with a shared playback cursor (click or drag to move it),
 * zoomed and panned together (Ctrl/⌘ + wheel, wheel, right-drag, the scroll bar, −/+/Fit, the workbench's
 * keyboard shortcuts); its
 * "Self-attention" page shows one head's step × step map. Beside them the emotion and speaker
 * probabilities; play/pause, and export of the view as PNG and of α and the prosody as CSV. FX thread only; all
 * data comes from the {@link ClipViewModel}.
 */
public final class ClipView extends BorderPane {
    private final ClipViewModel viewModel;
    private final WaveformView waveform = new WaveformView();
    private final SpectrogramView spectrogram = new SpectrogramView();
    private final PitchTrack pitch = new PitchTrack();
    private final EnergyTrack energy = new EnergyTrack();
    private final CheckBox prosodyShown = new CheckBox("Pitch and energy");
    private final AttentionStrip attention = new AttentionStrip();
    private final SaliencyTrack saliency = new SaliencyTrack();
    private final TimeAxisView timeAxis = new TimeAxisView();
    private final ScrollBar timeScroll = new ScrollBar();
    private final ToggleButton tracksPage = new ToggleButton("Tracks");
    private final ToggleButton selfAttentionPage = new ToggleButton("Self-attention");
    private final ClipPlayer player = new ClipPlayer();
    private final AnimationTimer followPlayback = new AnimationTimer() {
        @Override
        public void handle(long now) {
            viewModel.timeline().seek(player.currentSeconds(viewModel.timeline().playbackPositionProperty().get()));
        }
    };
    /** Set while the scroll bar is moved to match the window, so that move is not taken for the user's. */
    private boolean syncingScrollBar;

    public ClipView(ClipViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("clip-view");
        ToggleGroup pages = new ToggleGroup();
        pages.getToggles().addAll(tracksPage, selfAttentionPage);
        pages.selectToggle(tracksPage);
        // One page is always shown: clicking the selected button again keeps it.
        pages.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                pages.selectToggle(old);
            }
        });
        setId("clip-view");
        waveform.setId("waveform");
        spectrogram.setId("spectrogram");
        pitch.setId("pitch-track");
        energy.setId("energy-track");
        attention.setId("attention-strip");
        saliency.setId("saliency-track");
        timeAxis.setId("time-axis");
        setTop(header());
        setCenter(pages());
        // The charts keep readable minimum heights and scroll when the clip pane is short.
        ScrollPane charts = new ScrollPane(new ClipCharts(viewModel));
        charts.setFitToWidth(true);
        charts.setFitToHeight(true);
        charts.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        charts.getStyleClass().add("clip-charts-scroll");
        setRight(charts);
        setBottom(statusLine());

        viewModel.contentProperty().addListener((obs, old, content) -> show(content));
        viewModel.attentionMessageProperty().addListener((obs, old, message) -> {
            ClipContent content = viewModel.contentProperty().get();
            if (content != null && content.prediction().isEmpty()) {
                attention.showMessage(message, content.seconds());
            }
        });
        viewModel.timeline().windowProperty().addListener((obs, old, window) -> syncScrollBar(window));
        viewModel.playCuesProperty().addListener((obs, old, cue) -> player.play(
                viewModel.timeline().playbackPositionProperty().get()));
        player.setOnFinished(() -> viewModel.timeline().seek(0));
        player.playingProperty().addListener((obs, old, playing) -> {
            if (playing) {
                followPlayback.start();
            } else {
                followPlayback.stop();
            }
        });
        show(viewModel.contentProperty().get());
        syncScrollBar(viewModel.timeline().windowProperty().get());
    }

    /** Pauses while playing, else plays from the cursor; does nothing without a clip. Bound to the space key. */
    public void togglePlayback() {
        if (player.playingProperty().get()) {
            player.pause();
        } else if (viewModel.contentProperty().get() != null) {
            player.play(viewModel.timeline().playbackPositionProperty().get());
        }
    }

    /** Moves the playback cursor to {@code seconds} (clamped to the clip), into view, and playback with it. */
    public void seekTo(double seconds) {
        viewModel.timeline().seek(seconds);
        player.seek(viewModel.timeline().playbackPositionProperty().get());
    }

    /** One seek step later (1) or earlier (-1), see {@link ClipViewModel#seekStepTarget}. */
    public void seekStep(int direction) {
        seekTo(viewModel.timeline().seekStepTarget(direction));
    }

    /** The clip's end; {@link #seekTo} clamps to it. */
    public void seekToEnd() {
        seekTo(Double.MAX_VALUE);
    }

    private HBox header() {
        Button play = new Button();
        play.setId("play");
        play.textProperty().bind(Bindings.when(player.playingProperty()).then("⏸ Pause").otherwise("▶ Play"));
        play.disableProperty().bind(viewModel.contentProperty().isNull());
        play.setOnAction(event -> togglePlayback());
        play.setMinWidth(Region.USE_PREF_SIZE);

        Label position = new Label();
        position.getStyleClass().add("clip-position");
        position.textProperty().bind(Bindings.createStringBinding(() -> {
            ClipContent content = viewModel.contentProperty().get();
            return content == null ? "" : String.format(Locale.ROOT, "%.2f / %.2f s",
                    viewModel.timeline().playbackPositionProperty().get(), content.seconds());
        }, viewModel.timeline().playbackPositionProperty(), viewModel.contentProperty()));
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

        for (ToggleButton page : List.of(tracksPage, selfAttentionPage)) {
            page.setMinWidth(Region.USE_PREF_SIZE);
        }
        tracksPage.setTooltip(new Tooltip("Waveform, spectrogram and local attention α over time"));
        selfAttentionPage.setTooltip(new Tooltip("One self-attention head: which moment attends to which"));
        HBox pageSwitch = new HBox(tracksPage, selfAttentionPage);
        pageSwitch.getStyleClass().add("page-switch");

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, play, position, title, busy, spacer, zoomControls(), pageSwitch, exportMenu());
        header.getStyleClass().add("tool-bar-row");
        return header;
    }

    private HBox zoomControls() {
        BooleanBinding noWindow = viewModel.timeline().windowProperty().isNull().or(selfAttentionPage.selectedProperty());
        Button out = smallButton("−", "Zoom out (Ctrl/⌘ + wheel over the tracks)", noWindow);
        out.setOnAction(event -> viewModel.timeline().zoomOut());
        Button in = smallButton("+", "Zoom in (Ctrl/⌘ + wheel over the tracks zooms around the pointer)", noWindow);
        in.setOnAction(event -> viewModel.timeline().zoomIn());
        Button fit = smallButton("Fit", "Show the whole clip", noWindow);
        fit.setOnAction(event -> viewModel.timeline().fit());
        Label factor = new Label();
        factor.getStyleClass().add("zoom-factor");
        factor.textProperty().bind(Bindings.createStringBinding(() -> {
            TimeWindow window = viewModel.timeline().windowProperty().get();
            return window == null ? "" : String.format(Locale.ROOT, "×%.1f", window.zoomFactor());
        }, viewModel.timeline().windowProperty()));
        factor.setMinWidth(Region.USE_PREF_SIZE);
        HBox zoom = new HBox(2, out, in, fit, factor);
        zoom.setAlignment(Pos.CENTER_LEFT);
        zoom.getStyleClass().add("zoom-controls");
        return zoom;
    }

    private static Button smallButton(String text, String tip, BooleanBinding disabled) {
        Button button = new Button(text);
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(disabled);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private MenuButton exportMenu() {
        MenuItem image = new MenuItem("View as PNG…");
        image.setOnAction(event -> chooseFile("Save the clip view as PNG", "-view.png", "PNG images", "*.png")
                .ifPresent(file -> viewModel.exports().exportImage(
                        FxImages.argb(snapshot(new SnapshotParameters(), null)), file.toPath())));
        MenuItem alpha = new MenuItem("Attention α as CSV…");
        alpha.setOnAction(event -> chooseFile("Save the attention weights α as CSV", "-alpha.csv", "CSV files", "*.csv")
                .ifPresent(file -> viewModel.exports().exportAlpha(file.toPath())));
        alpha.disableProperty().bind(Bindings.isEmpty(viewModel.probabilities()));
        MenuItem prosody = new MenuItem("Pitch and energy as CSV…");
        prosody.setOnAction(event -> chooseFile("Save the pitch and energy contour as CSV", "-prosody.csv", "CSV files",
                "*.csv").ifPresent(file -> viewModel.exports().exportProsody(file.toPath())));
        MenuButton export = new MenuButton("Export", null, image, alpha, prosody);
        export.disableProperty().bind(viewModel.contentProperty().isNull());
        export.setMinWidth(Region.USE_PREF_SIZE);
        return export;
    }

    /** Asks where to save, suggesting the clip's name with {@code suffix}. */
    private Optional<File> chooseFile(String title, String suffix, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        ClipContent content = viewModel.contentProperty().get();
        if (content != null) {
            String name = content.clip().path().getFileName().toString();
            chooser.setInitialFileName(name.replaceFirst("\\.[^.]*$", "") + suffix);
        }
        return Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow()));
    }

    private StackPane pages() {
        Node tracks = tracks();
        Node heads = new SelfAttentionPage(viewModel.selfAttention());
        tracks.visibleProperty().bind(tracksPage.selectedProperty().and(viewModel.contentProperty().isNotNull()));
        heads.visibleProperty().bind(selfAttentionPage.selectedProperty().and(viewModel.contentProperty().isNotNull()));

        Label empty = new Label("Select a clip in the table to see its waveform, spectrogram and attention");
        empty.getStyleClass().add("placeholder");
        empty.visibleProperty().bind(viewModel.contentProperty().isNull());
        return new StackPane(tracks, heads, empty);
    }

    private VBox tracks() {
        List<TimeTrack> all = List.of(waveform, pitch, energy, spectrogram, attention, saliency, timeAxis);
        for (TimeTrack track : all) {
            track.cursorSecondsProperty().bind(viewModel.timeline().playbackPositionProperty());
            track.windowProperty().bind(viewModel.timeline().windowProperty());
            track.setOnSeek(this::seekTo);
            track.setOnPan(viewModel.timeline()::panBy);
            track.setOnZoom(viewModel.timeline()::zoomAround);
        }
        timeScroll.setOrientation(Orientation.HORIZONTAL);
        timeScroll.valueProperty().addListener((obs, old, value) -> {
            if (!syncingScrollBar) {
                viewModel.timeline().scrollTo(value.doubleValue());
            }
        });
        HBox.setHgrow(timeScroll, Priority.ALWAYS);
        // The bar spans the plot area only, so its thumb sits under what the tracks show.
        HBox scrollRow = new HBox(timeScroll);
        scrollRow.setPadding(new Insets(0, TimeTrack.RIGHT_GUTTER, 0, TimeTrack.LEFT_GUTTER));

        for (TimeTrack track : List.of(pitch, energy)) {
            track.visibleProperty().bind(prosodyShown.selectedProperty());
            track.managedProperty().bind(prosodyShown.selectedProperty());
        }
        saliency.visibleProperty().bind(Bindings.isNotEmpty(viewModel.probabilities()));
        saliency.managedProperty().bind(saliency.visibleProperty());
        saliency.setMinHeight(16);
        VBox stack = new VBox(4, waveform, pitch, energy, spectrogram, attention, saliency, timeAxis, scrollRow);
        stack.setPadding(new Insets(4, 0, 2, 0));
        VBox.setVgrow(spectrogram, Priority.ALWAYS);
        // When the pane is short, the spectrogram gives up height first: the waveform and the
        // attention strip keep room for their labels.
        waveform.setMinHeight(48);
        attention.setMinHeight(56);
        // Every track keeps a readable sliver, and together they need no more height than the waveform, spectrogram
        // and attention strip needed alone, so a divider the user set (and the preferences restore) still holds.
        pitch.setMinHeight(22);
        energy.setMinHeight(16);
        spectrogram.setMinHeight(64);
        return stack;
    }

    /** Keeps the scroll bar's thumb the size and place of the visible window. */
    private void syncScrollBar(TimeWindow window) {
        syncingScrollBar = true;
        try {
            if (window == null || window.isWhole()) {
                timeScroll.setMin(0);
                timeScroll.setMax(1);
                timeScroll.setVisibleAmount(1);
                timeScroll.setValue(0);
                timeScroll.setDisable(true);
                return;
            }
            // The value is the window's start, which runs from 0 to clip − span; the thumb covers span / clip of the bar.
            double room = window.clipSeconds() - window.spanSeconds();
            timeScroll.setDisable(false);
            timeScroll.setMin(0);
            timeScroll.setMax(room);
            timeScroll.setVisibleAmount(room * window.spanSeconds() / window.clipSeconds());
            timeScroll.setUnitIncrement(window.spanSeconds() / 10);
            timeScroll.setBlockIncrement(window.spanSeconds() * 0.9);
            timeScroll.setValue(window.startSeconds());
        } finally {
            syncingScrollBar = false;
        }
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
        Label export = ExpiringMessage.following(viewModel.exports().messageProperty());
        CheckBox overlay = new CheckBox("Attention over spectrogram");
        overlay.setId("attention-overlay");
        overlay.selectedProperty().bindBidirectional(spectrogram.attentionOverlayProperty());
        overlay.disableProperty().bind(Bindings.isEmpty(viewModel.probabilities()));
        overlay.setMinWidth(Region.USE_PREF_SIZE);
        CheckBox saliencyOverlay = new CheckBox("Saliency over spectrogram");
        saliencyOverlay.setId("saliency-overlay");
        saliencyOverlay.setTooltip(new Tooltip("Input × gradient of the predicted emotion per frame and band: teal"
                + " speaks for it, orange against it, strongest at the clip's largest value"));
        saliencyOverlay.selectedProperty().bindBidirectional(spectrogram.saliencyOverlayProperty());
        saliencyOverlay.disableProperty().bind(Bindings.isEmpty(viewModel.probabilities()));
        saliencyOverlay.setMinWidth(Region.USE_PREF_SIZE);
        // One overlay at a time: the veil and the colours would hide each other.
        overlay.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                saliencyOverlay.setSelected(false);
            }
        });
        saliencyOverlay.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                overlay.setSelected(false);
            }
        });
        prosodyShown.setId("prosody-shown");
        prosodyShown.setSelected(true);
        prosodyShown.setTooltip(new Tooltip("F0 (YIN, every 10 ms, unvoiced frames left empty) and RMS level under "
                + "the waveform"));
        prosodyShown.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox status = new HBox(12, model, error, export, spacer, prosodyShown, overlay, saliencyOverlay);
        status.getStyleClass().add("status-bar");
        return status;
    }

    private void show(ClipContent content) {
        if (content == null) {
            player.setFile(null);
            waveform.clear();
            pitch.clear();
            energy.clear();
            spectrogram.clear();
            attention.showMessage("", 0);
            saliency.clear();
            timeAxis.setDurationSeconds(0);
            return;
        }
        if (!content.clip().path().equals(player.file())) {
            player.setFile(content.clip().path());
        }
        double seconds = content.seconds();
        waveform.setSamples(content.samples(), seconds);
        pitch.setContour(content.prosody(), seconds);
        energy.setContour(content.prosody(), seconds);
        spectrogram.setSpectrogram(content.spectrogram(), seconds);
        timeAxis.setDurationSeconds(seconds);
        content.prediction().ifPresentOrElse(prediction -> {
            attention.setTrack(prediction.attention(), seconds);
            spectrogram.setAttention(prediction.attention());
            spectrogram.setSaliency(prediction.saliencyMap(), prediction.frameSeconds());
            saliency.setSaliency(prediction.saliency(), prediction.frameSeconds(), seconds);
        }, () -> {
            saliency.clear();
            attention.showMessage(viewModel.attentionMessageProperty().get(), seconds);
            spectrogram.setAttention(null);
            spectrogram.setSaliency(null, 0);
        });
    }
}
