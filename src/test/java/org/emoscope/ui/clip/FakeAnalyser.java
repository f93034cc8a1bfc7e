package org.emoscope.ui.clip;

import java.nio.file.Path;
import org.emoscope.corpus.Clip;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.corpus.Emotion;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.training.AttentionPeak;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.ui.controls.AttentionTrack;

/**
 * A model stand-in: fixed probabilities, a single attention peak at step 2 of 10, two self-attention
 * heads by default (head h puts all of every query on key step (h − 1) mod 10), a trained speaker
 * head over {@link #speakers} (most probable first unless changed); records what it analysed.
 */
final class FakeAnalyser implements ClipAnalyser {
    static final List<Emotion> EMOTIONS = List.of(Emotion.ANGER, Emotion.HAPPINESS, Emotion.NEUTRAL);
    static final int STEPS = 10;

    private final String name;
    private final float[] probabilities;
    final List<Path> analysed = new ArrayList<>();
    boolean closed;
    Runnable duringAnalysis = () -> { };
    List<String> speakers = List.of("emodb:08", "emodb:09");
    float[] speakerProbabilities = {0.7f, 0.3f};
    boolean speakerHead = true;
    int heads = 2;

    FakeAnalyser(String name, float... probabilities) {
        this.name = name;
        this.probabilities = probabilities;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ClipPrediction analyse(Clip clip) {
        analysed.add(clip.path());
        duringAnalysis.run();
        float[] alpha = new float[STEPS];
        alpha[2] = 1;
        float[][][] selfAttention = new float[heads][STEPS][STEPS];
        for (int head = 0; head < heads; head++) {
            for (int query = 0; query < STEPS; query++) {
                selfAttention[head][query][head % STEPS] = 1;
            }
        }
        ClipAnalysis analysis = new ClipAnalysis(0.5, EMOTIONS, probabilities, speakers, speakerProbabilities,
                alpha, List.of(new AttentionPeak(2, 1, 0.025, 0.175)), selfAttention, STEPS);
        // Saliency of the audio's frames (steps + 4 with kernels 3/1/3) in two bands: for the emotion early, against
        // it late.
        double[][] saliency = new double[2][STEPS + 4];
        for (int frame = 0; frame < saliency[0].length; frame++) {
            saliency[0][frame] = saliency[0].length / 2.0 - frame;
            saliency[1][frame] = saliency[0][frame] / 2;
        }
        return new ClipPrediction(analysis, AttentionTrack.of(analysis, new AttentionTimeMap(16_000, 400, 800, 5),
                0.025, 5), speakerHead, saliency, 0.025);
    }

    @Override
    public void close() {
        closed = true;
    }
}
