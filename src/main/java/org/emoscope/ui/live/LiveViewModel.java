package org.emoscope.ui.live;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emoscope.audio.LiveInput;
import org.emoscope.audio.LiveRecording;
import org.emoscope.audio.WavWriter;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.training.LiveAnalyser;
import org.emoscope.training.TrainedModel;
import org.emoscope.ui.clip.ClipLoader;
import org.emoscope.ui.controls.AttentionTrack;
import org.emoscope.ui.controls.SpectrogramData;

/**
 * Live recognition in the workbench: a model listens to a microphone, or to a WAV file played at real-time speed
 * where there is none, and every {@code every} seconds the last {@code window} seconds are shown with their
 * spectrogram, attention and probabilities, beside a level meter. Listening runs in the background; its updates
 * reach the FX thread through {@code uiThread}. Stop keeps what was heard, which {@link #saveRecording} writes as
 * a WAV clip, atomically. FX thread only, except where said.
 */
public final class LiveViewModel {
    /**
     * Where live audio comes from: a microphone ({@code device} null for the default), a WAV file, or the clip
     * selected in the workbench (both played at real-time speed).
     */
    public sealed interface Source {
        record Microphone(String device) implements Source {
        }

        record File(Path wav) implements Source {
        }

        record SelectedClip() implements Source {
        }
    }

    /**
     * One window as shown.
     *
     * @param reading     the model's reading
     * @param spectrogram the window's spectrogram
     * @param attention   its attention on the window's time axis
     */
    public record Shown(LiveAnalyser.Reading reading, SpectrogramData spectrogram, AttentionTrack attention) {
        /** The window's length. */
        public double seconds() {
            return reading.endSeconds() - reading.startSeconds();
        }
    }

    private static final double SILENCE_DB = -90;
    /** The longest recording kept, as the longest clip a corpus takes; listening goes on beyond it unrecorded. */
    static final double MAX_RECORDING_SECONDS = 600;

    private final TaskExecutor executor;
    private final Executor uiThread;
    private final Supplier<Optional<Path>> selectedClip;
    private final ObjectProperty<Path> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", new Source.Microphone(null));
    private final DoubleProperty windowSeconds = new SimpleDoubleProperty(this, "windowSeconds", 2);
    private final DoubleProperty hopSeconds = new SimpleDoubleProperty(this, "hopSeconds", 0.5);
    private final ReadOnlyBooleanWrapper listening = new ReadOnlyBooleanWrapper(this, "listening", false);
    private final ReadOnlyDoubleWrapper levelDb = new ReadOnlyDoubleWrapper(this, "levelDb", SILENCE_DB);
    private final ReadOnlyDoubleWrapper heardSeconds = new ReadOnlyDoubleWrapper(this, "heardSeconds", 0);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper hasRecording = new ReadOnlyBooleanWrapper(this, "hasRecording", false);
    private final AtomicReference<LiveInput> input = new AtomicReference<>();
    private float[] recording = new float[0];
    private int recordingRate;

    /**
     * @param uiThread     runs updates on the FX thread ({@code Platform::runLater})
     * @param selectedClip the file of the clip selected in the workbench, if any
     */
    public LiveViewModel(TaskExecutor executor, Executor uiThread, Path defaultModel,
                         Supplier<Optional<Path>> selectedClip) {
        this.executor = executor;
        this.uiThread = uiThread;
        this.selectedClip = selectedClip;
        model.set(defaultModel);
        status.set(defaultModel == null ? "Choose a model (a run's models/fold-*.zip) to listen with"
                : "Ready: " + defaultModel.getFileName() + " listens to the source chosen; inputs: "
                + LiveInput.inputNames());
    }

    /** Starts listening with the model and source chosen; does nothing while listening. */
    public void start() {
        if (listening.get()) {
            return;
        }
        Path modelFile = model.get();
        if (modelFile == null) {
            status.set("Choose a model first");
            return;
        }
        Source from = source.get();
        if (from instanceof Source.SelectedClip) {
            Optional<Path> clip = selectedClip.get();
            if (clip.isEmpty()) {
                status.set("Select a clip (Corpus tab) to listen to it");
                return;
            }
            from = new Source.File(clip.get());
        }
        Source chosen = from;
        double window = windowSeconds.get();
        double hop = hopSeconds.get();
        listening.set(true);
        hasRecording.set(false);
        shown.set(null);
        status.set("Starting…");
        executor.execute(BackgroundTask.of("Listen", context -> listen(modelFile, chosen, window, hop))
                .onSuccess(heard -> {
                    listening.set(false);
                    keep(heard);
                })
                .onFailure(error -> {
                    listening.set(false);
                    status.set(error.getMessage() + (chosen instanceof Source.Microphone
                            ? " — to try without one, choose a WAV file as the source" : ""));
                }));
    }

    private record Heard(float[] samples, int sampleRate, String source) {
    }

    /** On the background thread: reads until the input ends or {@link #stop}. */
    private Heard listen(Path modelFile, Source from, double window, double hop) throws Exception {
        try (TrainedModel trained = TrainedModel.load(modelFile)) {
            int rate = trained.sampleRate();
            LiveInput live = from instanceof Source.File file ? LiveInput.file(file.wav(), rate, true)
                    : LiveInput.microphone(((Source.Microphone) from).device(), rate);
            ClipLoader spectrograms = new ClipLoader(trained.config().features());
            LiveRecording kept = new LiveRecording((long) (MAX_RECORDING_SECONDS * rate));
            LiveAnalyser analyser = new LiveAnalyser(trained, window, hop, reading -> {
                Shown next = new Shown(reading, spectrograms.spectrogramOf(reading.samples()),
                        AttentionTrack.of(reading.analysis(), trained.timeMap(), trained.frameSeconds(),
                                trained.config().architecture().receptiveFrames()));
                uiThread.execute(() -> shown.set(next));
            });
            input.set(live);
            uiThread.execute(() -> status.set("Listening to " + live.description() + "; Stop keeps the recording"));
            try {
                live.run(block -> {
                    kept.add(block);
                    analyser.accept(block);
                    double level = levelDb(block);
                    double heard = analyser.heardSeconds();
                    uiThread.execute(() -> {
                        levelDb.set(level);
                        heardSeconds.set(heard);
                    });
                });
                analyser.finish();
            } finally {
                input.set(null);
            }
            return new Heard(kept.samples(), rate, live.description());
        }
    }

    /** RMS level of a block in dB re full scale. */
    static double levelDb(float[] block) {
        double sum = 0;
        for (float sample : block) {
            sum += sample * (double) sample;
        }
        double rms = block.length == 0 ? 0 : Math.sqrt(sum / block.length);
        return rms > 0 ? Math.max(SILENCE_DB, 20 * Math.log10(rms)) : SILENCE_DB;
    }

    private void keep(Heard heard) {
        recording = heard.samples();
        recordingRate = heard.sampleRate();
        hasRecording.set(recording.length > 0);
        status.set(String.format(Locale.ROOT, "Heard %.1f s of %s%s", recording.length / (double) recordingRate,
                heard.source(), recording.length > 0 ? "; Save recording… keeps it as a WAV clip" : ""));
    }

    /** Stops listening after the block in hand; what was heard is kept for {@link #saveRecording}. */
    public void stop() {
        LiveInput live = input.get();
        if (live != null) {
            live.stop();
        }
    }

    /** Writes what was heard last as a 16-bit WAV clip, atomically, in the background. */
    public void saveRecording(Path wav) {
        if (!hasRecording.get()) {
            return;
        }
        float[] samples = recording;
        int rate = recordingRate;
        executor.execute(BackgroundTask.of("Save recording", context -> {
                    WavWriter.writePcm16(wav, samples, rate);
                    return wav;
                })
                .onSuccess(saved -> status.set("Saved " + saved + " — open its folder as a corpus to analyse it"))
                .onFailure(error -> status.set("Could not save " + wav + ": " + error.getMessage())));
    }

    public ObjectProperty<Path> modelProperty() {
        return model;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public DoubleProperty windowSecondsProperty() {
        return windowSeconds;
    }

    public DoubleProperty hopSecondsProperty() {
        return hopSeconds;
    }

    public ReadOnlyBooleanProperty listeningProperty() {
        return listening.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty levelDbProperty() {
        return levelDb.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty heardSecondsProperty() {
        return heardSeconds.getReadOnlyProperty();
    }

    /** The latest window, null before the first. */
    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasRecordingProperty() {
        return hasRecording.getReadOnlyProperty();
    }
}
