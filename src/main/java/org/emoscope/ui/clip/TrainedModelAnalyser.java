package org.emoscope.ui.clip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.experiment.FoldModelScore;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.training.TrainedModel;
import org.emoscope.ui.controls.AttentionTrack;

/**
 * A saved fold model ({@link TrainedModel}) behind the {@link ClipAnalyser} interface. The model is
 * not thread-safe, so every call holds this object's lock; a clip still being analysed when a new
 * model replaces this one therefore finishes before the model is closed.
 */
public final class TrainedModelAnalyser implements ClipAnalyser {
    /** How many attention peaks to mark. */
    static final int PEAKS = 3;

    private final TrainedModel model;
    private final String name;
    private final boolean speakerHead;
    private boolean closed;

    private TrainedModelAnalyser(TrainedModel model, String name) {
        this.model = model;
        this.name = name;
        this.speakerHead = model.config().theta() > 0;
    }

    /**
     * Loads a model saved by a training run ({@code models/fold-*.zip}); its name says how good it is when it still
     * lies in its finished run.
     */
    public static ClipAnalyser load(Path modelFile) throws IOException {
        String quality = FoldModelScore.ofModelFile(modelFile).map(score -> " · " + score.describe()).orElse("");
        return new TrainedModelAnalyser(TrainedModel.load(modelFile), modelFile.getFileName() + quality);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized ClipPrediction analyse(Clip clip) throws Exception {
        if (closed) {
            throw new IllegalStateException(name + " was closed");
        }
        // The clip's own speaker: a model with per-speaker statistics prepares it as training did.
        TrainedModel.Input input = model.prepare(clip.path(), Optional.of(clip.speaker().key()));
        ClipAnalysis analysis = model.analyse(clip.path(), input, PEAKS);
        double[][] saliency = model.inputSaliency(input, analysis.emotions().indexOf(analysis.predictedEmotion()));
        return new ClipPrediction(analysis, AttentionTrack.of(analysis, model.timeMap(), model.frameSeconds(),
                model.config().architecture().receptiveFrames()), speakerHead, saliency, model.frameSeconds());
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            model.close();
        }
    }
}
