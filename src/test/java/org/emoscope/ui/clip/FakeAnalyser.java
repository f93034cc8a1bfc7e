package org.emoscope.ui.clip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.corpus.Emotion;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.training.AttentionPeak;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.ui.controls.AttentionTrack;

/** A model stand-in: fixed probabilities, a single attention peak at step 2, records what it analysed. */
final class FakeAnalyser implements ClipAnalyser {
    static final List<Emotion> EMOTIONS = List.of(Emotion.ANGER, Emotion.HAPPINESS, Emotion.NEUTRAL);

    private final String name;
    private final float[] probabilities;
    final List<Path> analysed = new ArrayList<>();
    boolean closed;
    Runnable duringAnalysis = () -> { };

    FakeAnalyser(String name, float... probabilities) {
        this.name = name;
        this.probabilities = probabilities;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ClipPrediction analyse(Path wav) {
        analysed.add(wav);
        duringAnalysis.run();
        float[] alpha = new float[10];
        alpha[2] = 1;
        ClipAnalysis analysis = new ClipAnalysis(0.5, EMOTIONS, probabilities, List.of("emodb:03"), new float[] {1},
                alpha, List.of(new AttentionPeak(2, 1, 0.025, 0.175)), new float[0][0][0]);
        return new ClipPrediction(analysis, AttentionTrack.of(analysis, new AttentionTimeMap(16_000, 400, 800, 5),
                0.025, 5));
    }

    @Override
    public void close() {
        closed = true;
    }
}
