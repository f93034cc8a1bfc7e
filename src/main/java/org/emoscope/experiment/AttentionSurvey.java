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
 * @param runs     the surveyed run folders: one, or several pooled (e.g. single-fold runs of one configuration)
 * @param clips    the figures of every clip that could be read, in the runs' prediction order
 * @param problems what could not be read, one line each naming the file or fold
 */
public record AttentionSurvey(List<Path> runs, List<ClipAttention> clips, List<String> problems) {
    /** Samples below one 16-bit step count as digital silence, which a cut-or-padded copy adds at the clip's ends. */
    private static final double SILENCE = 1.0 / 32768;

    public AttentionSurvey {
        runs = List.copyOf(runs);
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
        FoldModelWalk walk = FoldModelWalk.of(results, "attention to survey");
        Map<Prediction, ClipAttention> figures = new LinkedHashMap<>();
        List<String> problems = walk.visitEach(context, "Reading attention of",
                (model, prediction, wav) -> figures.put(prediction, survey(model, wav, prediction, walk.labels())));
        List<ClipAttention> inOrder = results.predictions().orElseThrow().predictions().stream()
                .filter(figures::containsKey).map(figures::get).toList();
        return new AttentionSurvey(List.of(results.directory()), inOrder, problems);
    }

    /** Several surveys as one: their clips and problems in order, e.g. the single-fold runs of one configuration. */
    public static AttentionSurvey pooled(List<AttentionSurvey> surveys) {
        return new AttentionSurvey(surveys.stream().flatMap(survey -> survey.runs().stream()).toList(),
                surveys.stream().flatMap(survey -> survey.clips().stream()).toList(),
                surveys.stream().flatMap(survey -> survey.problems().stream()).toList());
    }

    private static ClipAttention survey(TrainedModel model, Path wav, Prediction prediction, List<String> labels)
            throws AudioFormatException, IOException {
        // Decoded once, for the model and for the prosody.
        DecodedAudio audio = AudioLoader.load(wav, model.sampleRate());
        ClipAnalysis analysis = model.analyse(audio.samples(), Optional.of(prediction.speaker()), 1);
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
