package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioLoader;
import org.emoscope.audio.DecodedAudio;
import org.emoscope.evaluation.Prediction;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.features.ProsodyContour;
import org.emoscope.features.ProsodyTracker;
import org.emoscope.task.TaskContext;
import org.emoscope.training.ClipAnalysis;
import org.emoscope.training.TrainedModel;

/**
 * Where a finished run's models attend, over all its test clips: each clip is read by the model of the fold that
 * held its speaker out (prepared with its speaker's statistics where the model has them, as in training), and its
 * attention set against its pitch and energy ({@link ClipAttention}), then pooled per emotion and per speaker
 * ({@link AttentionGroup}). A clip that cannot be read, or a fold without a saved model, is listed in
 * {@link #problems()} and the rest goes on.
 *
 * @param run      the run's folder
 * @param clips    the figures of every clip that could be read, in the run's prediction order
 * @param problems what could not be read, one line each naming the file or fold
 */
public record AttentionSurvey(Path run, List<ClipAttention> clips, List<String> problems) {
    /** Samples below one 16-bit step count as digital silence, which a cut-or-padded copy adds at the clip's ends. */
    private static final double SILENCE = 1.0 / 32768;

    public AttentionSurvey {
        clips = List.copyOf(clips);
        problems = List.copyOf(problems);
    }

    /**
     * Surveys {@code results}, one fold model in memory at a time; reports progress per clip and stops when
     * cancelled. Runs on the caller's (background) thread.
     *
     * @throws IllegalArgumentException when the run has no test predictions or no network models (a baseline)
     */
    public static AttentionSurvey of(RunResults results, TaskContext context) {
        PredictionTable table = results.predictions().orElseThrow(() -> new IllegalArgumentException(
                "run " + results.name() + " has no test predictions yet"));
        if (results.model().isPresent()) {
            throw new IllegalArgumentException("run " + results.name() + " is a " + results.model().get()
                    + " run: it keeps no network, so it has no attention");
        }
        Path corpus = results.testCorpusRoot().orElseThrow(() -> new IllegalArgumentException(
                "run " + results.name() + " does not say which corpus folder it tested on"));
        Map<String, List<Prediction>> byFold = new LinkedHashMap<>();
        table.predictions().forEach(p -> byFold.computeIfAbsent(p.foldId(), fold -> new ArrayList<>()).add(p));
        Map<Prediction, ClipAttention> figures = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int done = 0;
        int total = table.predictions().size();
        for (Map.Entry<String, List<Prediction>> fold : byFold.entrySet()) {
            Optional<Path> modelFile = results.modelFor(fold.getKey());
            if (modelFile.isEmpty()) {
                problems.add("fold " + fold.getKey() + ": the run kept no model file, so its "
                        + fold.getValue().size() + " clips are left out");
                done += fold.getValue().size();
                continue;
            }
            try (TrainedModel model = TrainedModel.load(modelFile.get())) {
                for (Prediction prediction : fold.getValue()) {
                    context.checkCancelled();
                    context.progress(done++, total, "Reading attention of " + prediction.clipId());
                    Path wav = corpus.resolve(prediction.clipId());
                    try {
                        figures.put(prediction, survey(model, wav, prediction, table.labels()));
                    } catch (AudioFormatException e) {
                        problems.add(e.getMessage());
                    } catch (IOException e) {
                        problems.add(wav + ": cannot be read (" + e.getMessage() + ")");
                    }
                }
            } catch (IOException e) {
                problems.add(modelFile.get() + ": cannot be loaded (" + e.getMessage() + "), so fold "
                        + fold.getKey() + "'s clips are left out");
            }
        }
        List<ClipAttention> inOrder = table.predictions().stream().filter(figures::containsKey).map(figures::get).toList();
        return new AttentionSurvey(results.directory(), inOrder, problems);
    }

    private static ClipAttention survey(TrainedModel model, Path wav, Prediction prediction, List<String> labels)
            throws AudioFormatException, IOException {
        ClipAnalysis analysis = model.analyse(wav, Optional.of(prediction.speaker()), 1);
        DecodedAudio audio = AudioLoader.load(wav, MelSpectrogramConfig.paper().sampleRate());
        ProsodyContour prosody = ProsodyTracker.track(audio.samples(), audio.sampleRate());
        float[] samples = audio.samples();
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < SILENCE) {
            first++;
        }
        int last = samples.length - 1;
        while (last > first && Math.abs(samples[last]) < SILENCE) {
            last--;
        }
        double rate = audio.sampleRate();
        return ClipAttention.of(prediction.clipId(), prediction.speaker(), labels.get(prediction.trueClass()),
                labels.get(prediction.predictedClass()), model.attentionSteps(analysis), prosody, first / rate,
                (last + 1) / rate);
    }

    /** The clips' figures pooled per labelled emotion, in the emotions' alphabetical order. */
    public List<AttentionGroup> byEmotion() {
        return groups(ClipAttention::emotion);
    }

    /** The clips' figures pooled per speaker, in the speakers' order. */
    public List<AttentionGroup> bySpeaker() {
        return groups(ClipAttention::speaker);
    }

    /** Every clip's figures pooled. */
    public AttentionGroup all() {
        return AttentionGroup.of("all", clips);
    }

    private List<AttentionGroup> groups(Function<ClipAttention, String> key) {
        Map<String, List<ClipAttention>> members = new TreeMap<>();
        clips.forEach(clip -> members.computeIfAbsent(key.apply(clip), name -> new ArrayList<>()).add(clip));
        return members.entrySet().stream().map(group -> AttentionGroup.of(group.getKey(), group.getValue())).toList();
    }
}
