package org.emoscope.training;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.WavReader;
import org.emoscope.features.ClipFeatureExtractor;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.io.JsonProblems;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.model.EmotionNet;
import org.emoscope.model.ForwardResult;
import org.emoscope.model.ModelFileException;

/**
 * A saved fold model with everything needed to analyse a new clip exactly as training prepared its
 * clips: the training config's feature settings, the fold's normalisation and its label maps (all
 * stored in the model file). Not thread-safe (see {@link EmotionNet}); slow, keep off the FX thread.
 */
public final class TrainedModel implements AutoCloseable {
    /** Model-file entries besides the weights. */
    public static final String NORMALISATION_ENTRY = "normalisation.json";
    public static final String LABELS_ENTRY = "labels.json";
    public static final String CONFIG_ENTRY = "training-config.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmotionNet net;
    private final TrainingConfig config;
    private final FoldNormalisation normalisation;
    private final LabelMaps labels;
    private final ClipFeatureExtractor features;

    private TrainedModel(EmotionNet net, TrainingConfig config, FoldNormalisation normalisation, LabelMaps labels) {
        this.net = net;
        this.config = config;
        this.normalisation = normalisation;
        this.labels = labels;
        this.features = ClipFeatureExtractor.uncached(config.features());
    }

    /** The entries {@link #load} needs, to be stored with the weights of a fold's model. */
    public static Map<String, byte[]> entries(TrainingConfig config, FoldNormalisation normalisation, LabelMaps labels)
            throws IOException {
        return Map.of(NORMALISATION_ENTRY, JSON.writeValueAsBytes(normalisation),
                LABELS_ENTRY, labels.toJson().getBytes(StandardCharsets.UTF_8),
                CONFIG_ENTRY, TrainingConfigJson.toJson(config).getBytes(StandardCharsets.UTF_8));
    }

    public static TrainedModel load(Path file) throws IOException {
        Map<String, byte[]> extra = EmotionNet.readExtraEntries(file);
        for (String entry : List.of(NORMALISATION_ENTRY, LABELS_ENTRY, CONFIG_ENTRY)) {
            if (!extra.containsKey(entry)) {
                throw new ModelFileException(file, "no " + entry + ": not a model saved by a training run");
            }
        }
        TrainingConfig config = TrainingConfigJson.fromJson(text(extra, CONFIG_ENTRY), file + "!" + CONFIG_ENTRY);
        FoldNormalisation normalisation;
        try {
            normalisation = JSON.readValue(extra.get(NORMALISATION_ENTRY), FoldNormalisation.class);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new ModelFileException(file, "unreadable " + NORMALISATION_ENTRY + ": "
                    + (e instanceof JsonProcessingException json ? JsonProblems.describe(json) : e.getMessage()), e);
        }
        LabelMaps labels = LabelMaps.fromJson(text(extra, LABELS_ENTRY), file + "!" + LABELS_ENTRY);
        EmotionNet net = EmotionNet.load(file);
        if (labels.emotions().size() != net.emotions() || labels.speakerKeys().size() != net.speakers()) {
            int emotions = net.emotions();
            int speakers = net.speakers();
            net.close();
            throw new ModelFileException(file, LABELS_ENTRY + " names " + labels.emotions().size() + " emotions and "
                    + labels.speakerKeys().size() + " speakers, but the network has " + emotions + " and " + speakers
                    + " outputs: the file is damaged");
        }
        return new TrainedModel(net, config, normalisation, labels);
    }

    public LabelMaps labels() {
        return labels;
    }

    public TrainingConfig config() {
        return config;
    }

    /** {@link #analyse(Path, Optional, int)} of a clip whose speaker is not known. */
    public ClipAnalysis analyse(Path wav, int peakCount) throws AudioFormatException, IOException {
        return analyse(wav, Optional.empty(), peakCount);
    }

    /**
     * Decodes, featurises and runs one clip; {@code peakCount} strongest attention steps are listed.
     *
     * @param speakerKey the clip's speaker (e.g. {@code "emodb:03"}): a model with per-speaker statistics uses
     *                   that speaker's, or its training fold's for a speaker it does not know
     */
    public ClipAnalysis analyse(Path wav, Optional<String> speakerKey, int peakCount)
            throws AudioFormatException, IOException {
        return analyse(wav, prepare(wav, speakerKey), peakCount);
    }

    /** As {@link #analyse(Path, Optional, int)}, for {@code input} that {@link #prepare} made of {@code wav}. */
    public ClipAnalysis analyse(Path wav, Input input, int peakCount) throws AudioFormatException, IOException {
        return analyse(WavReader.probe(wav).seconds(), input, peakCount);
    }

    /**
     * As {@link #analyse(Path, Optional, int)}, for audio already decoded: mono {@code samples} at the model's
     * sample rate ({@link #sampleRate()}), e.g. a window of a live recording.
     */
    public ClipAnalysis analyse(float[] samples, Optional<String> speakerKey, int peakCount) {
        return analyse(samples.length / (double) sampleRate(), prepare(samples, speakerKey), peakCount);
    }

    private ClipAnalysis analyse(double seconds, Input input, int peakCount) {
        ForwardResult result = net.predict(new float[][][] {input.clip().features()}, new int[] {input.clip().frames()},
                true);
        float[] alpha = result.alpha()[0];
        return new ClipAnalysis(seconds, labels.emotions(), result.emotionProbabilities()[0], labels.speakerKeys(),
                result.speakerProbabilities()[0], alpha, peaks(alpha, seconds, peakCount), result.selfAttention()[0],
                Math.min(alpha.length, input.audioSteps()));
    }

    /**
     * A clip prepared exactly as {@link #analyse} prepares it, for experiments on the network's input such as
     * deleting frames ({@link #forward}).
     *
     * @param clip       the network's input
     * @param audioSteps how many leading attention steps read the clip's audio rather than padding
     */
    public record Input(PreparedClip clip, int audioSteps) {
    }

    /** {@code wav} as the network's input, prepared with {@code speakerKey}'s statistics as in {@link #analyse}. */
    public Input prepare(Path wav, Optional<String> speakerKey) throws AudioFormatException, IOException {
        return prepare(features.logMel(wav), speakerKey);
    }

    /** Mono {@code samples} at {@link #sampleRate()} as the network's input, as {@link #prepare(Path, Optional)}. */
    public Input prepare(float[] samples, Optional<String> speakerKey) {
        return prepare(features.logMel(samples), speakerKey);
    }

    /** The sample rate the model's features are computed at (the audio is resampled to it). */
    public int sampleRate() {
        return features.config().sampleRate();
    }

    private Input prepare(float[][] logMel, Optional<String> speakerKey) {
        PreparedClip input = normalisation.prepare(logMel, speakerKey);
        int audioFrames = Math.min(normalisation.frames(), logMel.length == 0 ? 0 : logMel[0].length);
        return new Input(input, net.architecture().stepsFor(audioFrames));
    }

    /** The network's reading of {@code inputs}, one batch, without dropout and without self-attention maps. */
    public ForwardResult forward(List<PreparedClip> inputs) {
        float[][][] clips = inputs.stream().map(PreparedClip::features).toArray(float[][][]::new);
        int[] frames = inputs.stream().mapToInt(PreparedClip::frames).toArray();
        return net.predict(clips, frames, false);
    }

    /**
     * Gradient saliency of {@code input}: the gradient of emotion {@code emotion}'s log-probability with respect to
     * each input value, {@code [mel][frame]}, read without dropout.
     */
    public float[][] saliency(PreparedClip input, int emotion) {
        return net.saliency(new float[][][] {input.features()}, new int[] {input.frames()}, new int[] {emotion})[0];
    }

    /**
     * Gradient saliency per input value of {@code input}'s audio, {@code [band][frame]}: (value − padding value) ×
     * the gradient of emotion {@code emotion}'s log-probability — the first-order estimate of how much replacing
     * that value by padding lowers that log-probability (positive: it speaks for the emotion). The frames are those
     * the audio steps read; padding beyond them is left out.
     */
    public double[][] inputSaliency(Input input, int emotion) {
        float[][] gradient = saliency(input.clip(), emotion);
        float[][] features = input.clip().features();
        int frames = features.length == 0 ? 0 : Math.min(features[0].length,
                input.audioSteps() + net.architecture().receptiveFrames() - 1);
        double[][] map = new double[features.length][frames];
        for (int band = 0; band < features.length; band++) {
            for (int frame = 0; frame < frames; frame++) {
                map[band][frame] = (features[band][frame] - padValue()) * (double) gradient[band][frame];
            }
        }
        return map;
    }

    /**
     * Gradient saliency per audio frame of {@code input}: {@link #inputSaliency} summed over bands, the first-order
     * estimate of how much replacing the whole frame by padding lowers the emotion's log-probability.
     */
    public double[] frameSaliency(Input input, int emotion) {
        return perFrame(inputSaliency(input, emotion));
    }

    /** A {@code [band][frame]} saliency map summed over bands. */
    public static double[] perFrame(double[][] map) {
        double[] saliency = new double[map.length == 0 ? 0 : map[0].length];
        for (double[] band : map) {
            for (int frame = 0; frame < saliency.length; frame++) {
                saliency[frame] += band[frame];
            }
        }
        return saliency;
    }

    /** The value padded frames have, after standardisation: what a deleted frame becomes. */
    public float padValue() {
        return normalisation.padValue();
    }

    /** Which input frames each attention step reads, and when they sound, with this model's features. */
    public AttentionTimeMap timeMap() {
        MelSpectrogramConfig features = config.features();
        return new AttentionTimeMap(features.sampleRate(), features.hopLength(), features.nFft(),
                net.architecture().receptiveFrames());
    }

    /** Seconds between the input frames' centres: the feature hop. */
    public double frameSeconds() {
        return config.features().hopLength() / (double) config.features().sampleRate();
    }

    /** Every attention step of {@code analysis} with the time it covers and whether it reads padding. */
    public List<AttentionStep> attentionSteps(ClipAnalysis analysis) {
        AttentionTimeMap time = timeMap();
        List<AttentionStep> steps = new ArrayList<>();
        for (int step = 0; step < analysis.alpha().length; step++) {
            AttentionTimeMap.Span span = time.stepSpan(step, analysis.seconds());
            steps.add(new AttentionStep(step, span.startSeconds(), span.endSeconds(), analysis.alpha()[step],
                    step >= analysis.audioSteps()));
        }
        return steps;
    }

    /** Whether clips get statistics of their own speaker (or utterance) rather than the training fold's. */
    public Normalisation normalisation() {
        return normalisation.normalisation();
    }

    /** Whether this model has per-speaker statistics for {@code speakerKey}. */
    public boolean knowsSpeaker(String speakerKey) {
        return normalisation.speakerStats().containsKey(speakerKey);
    }

    /**
     * The strongest steps inside the audio whose times do not overlap (non-maximum suppression over
     * the time a step hears, STFT window included): distinct peaks, not three windows of one.
     */
    private List<AttentionPeak> peaks(float[] alpha, double seconds, int count) {
        AttentionTimeMap time = timeMap();
        List<Integer> steps = new ArrayList<>();
        for (int step = 0; step < alpha.length; step++) {
            if (time.stepSpan(step, seconds).durationSeconds() > 0) {
                steps.add(step);
            }
        }
        steps.sort(Comparator.comparingDouble((Integer step) -> alpha[step]).reversed());
        List<AttentionPeak> peaks = new ArrayList<>();
        for (int step : steps) {
            if (peaks.size() == count) {
                break;
            }
            AttentionTimeMap.Span span = time.stepSpan(step, seconds);
            if (peaks.stream().noneMatch(p -> span.startSeconds() < p.endSeconds() && p.startSeconds() < span.endSeconds())) {
                peaks.add(new AttentionPeak(step, alpha[step], span.startSeconds(), span.endSeconds()));
            }
        }
        return peaks;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        net.close();
    }
}
