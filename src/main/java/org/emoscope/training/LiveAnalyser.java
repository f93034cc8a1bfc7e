package org.emoscope.training;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A trained model listening to a stream: every {@code hopSeconds} it reads the last {@code windowSeconds} of
 * audio ({@link LiveWindows}) as it would read a clip of that length, with its training fold's statistics (a live
 * speaker is one it does not know), and hands on the reading with its times in seconds of stream. Runs on the
 * thread that feeds it.
 */
public final class LiveAnalyser {
    /** Attention peaks reported per window. */
    static final int PEAKS = 1;

    /**
     * One window's reading.
     *
     * @param startSeconds where the window starts, in seconds of stream
     * @param endSeconds   where it ends
     * @param samples      its audio
     * @param analysis     the model's reading of it; its peak times are within the window
     */
    public record Reading(double startSeconds, double endSeconds, float[] samples, ClipAnalysis analysis) {
        /** The strongest attention step's span in seconds of stream, or empty when the window had no audio step. */
        public Optional<double[]> peakSeconds() {
            return analysis.peaks().stream().findFirst()
                    .map(peak -> new double[] {startSeconds + peak.startSeconds(), startSeconds + peak.endSeconds()});
        }
    }

    private final TrainedModel model;
    private final LiveWindows windows;

    public LiveAnalyser(TrainedModel model, double windowSeconds, double hopSeconds, Consumer<Reading> readings) {
        this.model = model;
        this.windows = new LiveWindows(model.sampleRate(), windowSeconds, hopSeconds, window -> readings.accept(
                new Reading(window.startSeconds(model.sampleRate()), window.endSeconds(), window.samples(),
                        model.analyse(window.samples(), Optional.empty(), PEAKS))));
    }

    /** The next samples of the stream, mono at the model's sample rate. */
    public void accept(float[] block) {
        windows.accept(block);
    }

    /** At the end of the stream: reads the audio heard since the last window, if any. */
    public void finish() {
        windows.finish();
    }

    /** Seconds of stream heard so far. */
    public double heardSeconds() {
        return windows.receivedSeconds();
    }
}
