package org.emoscope.experiment;

import java.util.Arrays;
import java.util.List;
import org.emoscope.evaluation.Correlation;
import org.emoscope.features.ProsodyContour;
import org.emoscope.training.AttentionStep;

/**
 * Where one clip's local attention lies, as figures that can be pooled over clips.
 *
 * <p>Only steps centred on the clip's audio count: steps on the network's padding and steps centred on digital
 * silence at the clip's start or end (the zero padding of a cut-or-padded copy such as the 2-s EMO-DB copy) are
 * left out, and α is renormalised over the rest, so every figure describes how the model weighs the audio itself.
 *
 * @param clipId            the clip's id in the run's predictions (its path relative to the corpus)
 * @param speaker           its speaker key
 * @param emotion           its labelled emotion
 * @param predicted         the emotion the fold model predicted
 * @param position          per counted step, its centre's relative time in the audio: 0 at its first, 1 at its last
 *                          non-silent sample
 * @param relativeWeight    per counted step, α relative to even attention (1 everywhere for uniform α)
 * @param peakPosition      the relative time of the heaviest step
 * @param entropyRatio      α's entropy over the counted steps relative to the uniform's: 1 for even attention, near 0
 *                          when it sits on one step
 * @param topTenthMass      the share of α on the heaviest 10 % of the counted steps (at least one)
 * @param energyCorrelation Pearson r between α and each step's mean energy in dB; NaN when either is constant
 * @param pitchCorrelation  Pearson r between α and each step's mean F0 in semitones, over the steps with a voiced
 *                          frame; NaN with fewer than three such steps or a constant F0
 */
public record ClipAttention(String clipId, String speaker, String emotion, String predicted, double[] position,
                            double[] relativeWeight, double peakPosition, double entropyRatio, double topTenthMass,
                            double energyCorrelation, double pitchCorrelation) {

    public boolean correct() {
        return emotion.equals(predicted);
    }

    /**
     * The figures of one analysed clip.
     *
     * @param steps        its attention steps with their spans in seconds (from the fold model)
     * @param prosody      its pitch and energy contour
     * @param audioStart   seconds of digital silence before its audio
     * @param audioEnd     where its audio ends, before any trailing digital silence
     * @return empty figures (no steps, NaN everywhere) when no step is centred on the audio
     */
    public static ClipAttention of(String clipId, String speaker, String emotion, String predicted,
                                   List<AttentionStep> steps, ProsodyContour prosody, double audioStart,
                                   double audioEnd) {
        List<AttentionStep> counted = steps.stream().filter(step -> !step.padding()
                && centre(step) >= audioStart && centre(step) <= audioEnd).toList();
        int n = counted.size();
        double[] position = new double[n];
        double[] weight = new double[n];
        double[] energy = new double[n];
        double[] pitch = new double[n];
        double mass = 0;
        for (AttentionStep step : counted) {
            mass += step.alpha();
        }
        if (n == 0 || !(mass > 0)) {
            return new ClipAttention(clipId, speaker, emotion, predicted, new double[0], new double[0], Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double span = audioEnd - audioStart;
        int heaviest = 0;
        double entropy = 0;
        for (int i = 0; i < n; i++) {
            AttentionStep step = counted.get(i);
            position[i] = span > 0 ? (centre(step) - audioStart) / span : 0.5;
            double share = step.alpha() / mass;
            weight[i] = share * n;
            entropy -= share > 0 ? share * Math.log(share) : 0;
            heaviest = step.alpha() > counted.get(heaviest).alpha() ? i : heaviest;
            energy[i] = meanEnergy(prosody, step);
            pitch[i] = meanSemitones(prosody, step);
        }
        return new ClipAttention(clipId, speaker, emotion, predicted, position, weight, position[heaviest],
                n == 1 ? 0 : entropy / Math.log(n), topTenthMass(weight), Correlation.pearson(weight, energy),
                pitchCorrelation(weight, pitch));
    }

    private static double centre(AttentionStep step) {
        return (step.startSeconds() + step.endSeconds()) / 2;
    }

    private static double topTenthMass(double[] relativeWeight) {
        double[] sorted = relativeWeight.clone();
        Arrays.sort(sorted);
        int top = Math.max(1, (int) Math.round(sorted.length * 0.1));
        double sum = 0;
        for (int i = sorted.length - top; i < sorted.length; i++) {
            sum += sorted[i];
        }
        return sum / sorted.length;
    }

    private static double meanEnergy(ProsodyContour prosody, AttentionStep step) {
        double sum = 0;
        int count = 0;
        for (int frame = firstFrame(prosody, step); frame <= lastFrame(prosody, step); frame++) {
            sum += prosody.energyDb()[frame];
            count++;
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /** The mean F0 of the step's voiced frames in semitones re 100 Hz; NaN when none is voiced. */
    private static double meanSemitones(ProsodyContour prosody, AttentionStep step) {
        double sum = 0;
        int count = 0;
        for (int frame = firstFrame(prosody, step); frame <= lastFrame(prosody, step); frame++) {
            if (prosody.voiced(frame)) {
                sum += 12 * Math.log(prosody.f0Hz()[frame] / 100.0) / Math.log(2);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    private static int firstFrame(ProsodyContour prosody, AttentionStep step) {
        return Math.max(0, (int) Math.ceil(step.startSeconds() / prosody.hopSeconds() - 1e-9));
    }

    private static int lastFrame(ProsodyContour prosody, AttentionStep step) {
        return Math.min(prosody.frames() - 1, (int) Math.floor(step.endSeconds() / prosody.hopSeconds() + 1e-9));
    }

    private static double pitchCorrelation(double[] weight, double[] pitch) {
        int voiced = 0;
        for (double semitones : pitch) {
            voiced += Double.isNaN(semitones) ? 0 : 1;
        }
        if (voiced < 3) {
            return Double.NaN;
        }
        double[] w = new double[voiced];
        double[] p = new double[voiced];
        for (int i = 0, j = 0; i < pitch.length; i++) {
            if (!Double.isNaN(pitch[i])) {
                w[j] = weight[i];
                p[j++] = pitch[i];
            }
        }
        return Correlation.pearson(w, p);
    }
}
