package org.emoscope.training;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Speaker;

/**
 * The folds of a run, worked out from the corpora and the configuration alone, so the same inputs
 * and seed always give the same folds.
 *
 * <p>Folds: leave-one-speaker-out makes one fold per target speaker, in speaker order; with
 * {@link TrainingConfig#heldOutSpeakers()} one fold tests all the listed speakers together.
 *
 * <p>Per fold, with {@link ModelSelection#VALIDATION}, the validation speakers are the
 * {@code validationSpeakers} target speakers that follow the first test speaker in sorted order,
 * wrapping round and skipping test speakers: with SAVEE's DC, JE, JK, KL the fold testing DC
 * validates on JE, the one testing KL on DC, so every speaker validates once. With
 * {@link ModelSelection#TEST_ORACLE} nobody is set aside and the validation clips are the test clips.
 *
 * <p>Training clips: the target clips of the remaining speakers, plus of each added corpus
 * {@code round(fraction * clips)} clips drawn with the seed (the same draw in every fold), then, with
 * {@code balanceLanguages}, every language cut to the size of the smallest (see
 * {@link TrainingConfig#balanceLanguages()}).
 *
 * <p>Classes: the speaker head has one class per training speaker of the fold, of all corpora; the
 * emotion head has the emotions of the whole target corpus plus those of the added clips trained on,
 * in {@link Emotion} order. SAVEE has surprise but no boredom and EMO-DB boredom but no surprise, so
 * SAVEE + EMO-DB runs have 8 emotion classes; scores count only the classes present in the test
 * clips (see {@link org.emoscope.evaluation.ClassificationReport}).
 *
 * @param folds the folds, in order of their {@link Fold#index()}
 */
public record FoldPlan(List<Fold> folds) {
    public FoldPlan {
        folds = List.copyOf(folds);
    }

    /** Every clip some fold trains, validates or tests on, once each, in fold order. */
    public Set<Clip> clips() {
        Set<Clip> clips = new LinkedHashSet<>();
        for (Fold fold : folds) {
            clips.addAll(fold.trainingClips());
            clips.addAll(fold.validationClips());
            clips.addAll(fold.testClips());
        }
        return clips;
    }

    /**
     * Splits the corpora as {@code config} says.
     *
     * @param config a valid configuration
     * @param target the corpus read from {@link TrainingConfig#targetCorpus()}
     * @param added  the corpora read from {@link TrainingConfig#addedCorpora()}, in the same order
     * @throws IllegalArgumentException when {@code config} is invalid or {@code added} does not match it
     * @throws FoldPlanException        when the corpora cannot be split so: an added corpus is the target
     *                                  corpus or appears twice, a held-out speaker is not in the target
     *                                  corpus, too few speakers remain for validation or training
     */
    public static FoldPlan of(TrainingConfig config, Corpus target, List<Corpus> added) throws FoldPlanException {
        List<String> problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid training configuration: " + String.join("; ", problems));
        }
        if (added.size() != config.addedCorpora().size()) {
            throw new IllegalArgumentException("the configuration adds " + config.addedCorpora().size()
                    + " corpora but " + added.size() + " were given");
        }
        requireDistinctCorpora(target, added);
        List<Speaker> targetSpeakers = speakersOf(target.clips());
        if (targetSpeakers.isEmpty()) {
            throw new FoldPlanException(target.kind().displayName() + " at " + target.root() + " has no clips");
        }
        List<Clip> addedClips = addedTrainingClips(config, added);
        List<Fold> folds = new ArrayList<>();
        for (List<Speaker> testSpeakers : testSets(config, targetSpeakers, target.kind())) {
            folds.add(fold(folds.size(), testSpeakers, targetSpeakers, target, addedClips, config));
        }
        return new FoldPlan(folds);
    }

    private static void requireDistinctCorpora(Corpus target, List<Corpus> added) throws FoldPlanException {
        Set<CorpusKind> kinds = EnumSet.of(target.kind());
        for (Corpus corpus : added) {
            if (!kinds.add(corpus.kind())) {
                throw new FoldPlanException("added corpus " + corpus.root() + " is " + corpus.kind().displayName()
                        + ", which is already " + (corpus.kind() == target.kind() ? "the target corpus" : "added")
                        + "; its clips would be used twice or leak test speakers into training");
            }
        }
    }

    private static List<Clip> addedTrainingClips(TrainingConfig config, List<Corpus> added) {
        List<Clip> clips = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            Corpus corpus = added.get(i);
            int count = ClipSampler.countFor(config.addedCorpora().get(i).fraction(), corpus.clips().size());
            clips.addAll(ClipSampler.sample(corpus.clips(), count, config.seed(), "added:" + corpus.kind().id()));
        }
        return clips;
    }

    private static List<List<Speaker>> testSets(TrainingConfig config, List<Speaker> targetSpeakers,
                                                CorpusKind target) throws FoldPlanException {
        if (config.leaveOneSpeakerOut()) {
            return targetSpeakers.stream().map(List::of).toList();
        }
        List<Speaker> heldOut = config.heldOut().stream().sorted().toList();
        for (Speaker speaker : heldOut) {
            if (!targetSpeakers.contains(speaker)) {
                throw new FoldPlanException("held-out speaker " + speaker + " is not a speaker of the target corpus "
                        + target.displayName() + " (" + targetSpeakers.stream().map(Speaker::key)
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        return List.of(heldOut);
    }

    private static Fold fold(int index, List<Speaker> testSpeakers, List<Speaker> targetSpeakers, Corpus target,
                             List<Clip> addedClips, TrainingConfig config) throws FoldPlanException {
        String id = testSpeakers.stream().map(Speaker::key).collect(Collectors.joining("+"));
        boolean validationIsTest = config.modelSelection().validatesOnTest();
        List<Speaker> validationSpeakers = validationIsTest ? List.of()
                : validationSpeakers(id, testSpeakers, targetSpeakers, config.validationSpeakers());
        List<Clip> test = clipsOf(target.clips(), testSpeakers);
        List<Clip> validation = validationIsTest ? test : clipsOf(target.clips(), validationSpeakers);
        List<Speaker> trainingTargetSpeakers = targetSpeakers.stream()
                .filter(s -> !testSpeakers.contains(s) && !validationSpeakers.contains(s)).toList();
        List<Clip> training = new ArrayList<>(clipsOf(target.clips(), trainingTargetSpeakers));
        training.addAll(addedClips);
        List<Clip> kept = config.balanceLanguages()
                ? ClipSampler.balanceLanguages(training, config.seed())
                : training.stream().sorted(ClipSampler.ORDER).toList();
        if (kept.isEmpty()) {
            throw new FoldPlanException("fold " + id + " has no training clips: every target speaker is tested or"
                    + " validated on and nothing is added");
        }
        return new Fold(index, id, target.kind(), testSpeakers, validationSpeakers, validationIsTest, kept,
                validation, test, labels(target, kept));
    }

    private static List<Speaker> validationSpeakers(String id, List<Speaker> testSpeakers, List<Speaker> targetSpeakers,
                                                    int wanted) throws FoldPlanException {
        int start = targetSpeakers.indexOf(testSpeakers.get(0));
        List<Speaker> chosen = new ArrayList<>();
        for (int step = 1; step < targetSpeakers.size() && chosen.size() < wanted; step++) {
            Speaker candidate = targetSpeakers.get((start + step) % targetSpeakers.size());
            if (!testSpeakers.contains(candidate)) {
                chosen.add(candidate);
            }
        }
        if (chosen.size() < wanted) {
            throw new FoldPlanException("fold " + id + " needs " + wanted + " validation speaker(s) but only "
                    + chosen.size() + " target speaker(s) are not tested; lower validationSpeakers or use"
                    + " test-oracle model selection");
        }
        return chosen.stream().sorted().toList();
    }

    private static LabelMaps labels(Corpus target, List<Clip> training) {
        Set<Emotion> emotions = EnumSet.noneOf(Emotion.class);
        target.clips().forEach(clip -> emotions.add(clip.emotion()));
        training.forEach(clip -> emotions.add(clip.emotion()));
        return LabelMaps.of(emotions, speakersOf(training));
    }

    private static List<Clip> clipsOf(List<Clip> clips, List<Speaker> speakers) {
        Set<Speaker> wanted = Set.copyOf(speakers);
        return clips.stream().filter(clip -> wanted.contains(clip.speaker())).sorted(ClipSampler.ORDER).toList();
    }

    private static List<Speaker> speakersOf(List<Clip> clips) {
        return List.copyOf(clips.stream().map(Clip::speaker).collect(Collectors.toCollection(TreeSet::new)));
    }
}
