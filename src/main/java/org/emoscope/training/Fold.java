package org.emoscope.training;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Speaker;

/**
 * One train/validate/test split of a run. The constructor enforces the guarantees the whole
 * evaluation rests on, so no fold can break them:
 * <ul>
 *   <li>test clips are target-corpus clips of the test speakers, and every test speaker has some;</li>
 *   <li>no clip of a test speaker is in the training clips (and so not in {@link #normalisationClips()})
 *       or, unless {@link #validationIsTest()}, in the validation clips;</li>
 *   <li>validation clips are target-corpus clips of the validation speakers, who are not trained on;
 *       clips of added corpora (other languages) are only ever training clips;</li>
 *   <li>every clip's emotion is a class of {@link #labels()}; the speaker classes are exactly the
 *       training speakers.</li>
 * </ul>
 * Clip lists are in corpus, then path order. Immutable and thread-safe.
 *
 * @param index              position in the plan, from 0
 * @param id                 the test speakers' keys joined by {@code '+'}, e.g. {@code "savee:DC"}: the
 *                           fold id of predictions and reports
 * @param targetCorpus       the corpus tested on
 * @param testSpeakers       the held-out speakers, sorted
 * @param validationSpeakers the speakers set aside for validation, sorted; empty when
 *                           {@code validationIsTest}
 * @param validationIsTest   true under {@link ModelSelection#TEST_ORACLE}: the validation clips are the
 *                           test clips, so the selected epoch has seen the test speaker's scores
 * @param trainingClips      what the network learns from
 * @param validationClips    what the kept epoch is chosen on
 * @param testClips          what the fold is scored on
 * @param labels             the classes of the two heads
 */
public record Fold(int index, String id, CorpusKind targetCorpus, List<Speaker> testSpeakers,
                   List<Speaker> validationSpeakers, boolean validationIsTest, List<Clip> trainingClips,
                   List<Clip> validationClips, List<Clip> testClips, LabelMaps labels) {

    public Fold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(targetCorpus, "targetCorpus");
        Objects.requireNonNull(labels, "labels");
        testSpeakers = List.copyOf(testSpeakers);
        validationSpeakers = List.copyOf(validationSpeakers);
        trainingClips = List.copyOf(trainingClips);
        validationClips = List.copyOf(validationClips);
        testClips = List.copyOf(testClips);
        requireSeparation(id, targetCorpus, testSpeakers, validationSpeakers, validationIsTest,
                trainingClips, validationClips, testClips);
        requireLabelsCover(id, trainingClips, validationClips, testClips, labels);
    }

    /** The clips whose feature statistics may be used for normalisation: the training clips, nothing else. */
    public List<Clip> normalisationClips() {
        return trainingClips;
    }

    /** The speakers of the training clips, sorted: the speaker head's classes. */
    public List<Speaker> trainingSpeakers() {
        return labels.speakers();
    }

    private static void requireSeparation(String id, CorpusKind target, List<Speaker> testSpeakers,
                                          List<Speaker> validationSpeakers, boolean validationIsTest,
                                          List<Clip> training, List<Clip> validation, List<Clip> test) {
        if (testSpeakers.isEmpty() || test.isEmpty()) {
            throw new IllegalArgumentException("fold " + id + " has no test speaker or no test clip");
        }
        Set<Speaker> testSet = Set.copyOf(testSpeakers);
        Set<Speaker> validationSet = Set.copyOf(validationSpeakers);
        Set<Speaker> tested = new HashSet<>();
        for (Clip clip : test) {
            if (clip.corpus() != target || !testSet.contains(clip.speaker())) {
                throw new IllegalArgumentException("fold " + id + ": test clip " + clip.relativePath()
                        + " is not a " + target.displayName() + " clip of a test speaker");
            }
            tested.add(clip.speaker());
        }
        if (!tested.equals(testSet)) {
            throw new IllegalArgumentException("fold " + id + ": a test speaker has no test clip");
        }
        for (Clip clip : training) {
            if (testSet.contains(clip.speaker()) || validationSet.contains(clip.speaker())) {
                throw new IllegalArgumentException("fold " + id + ": training clip " + clip.relativePath()
                        + " is of held-out speaker " + clip.speaker());
            }
        }
        if (validationIsTest) {
            if (!validationSpeakers.isEmpty() || !validation.equals(test)) {
                throw new IllegalArgumentException("fold " + id + ": when validation is the test set, the"
                        + " validation clips must be the test clips and no validation speaker is set aside");
            }
            return;
        }
        if (validationSpeakers.stream().anyMatch(testSet::contains)) {
            throw new IllegalArgumentException("fold " + id + ": a test speaker is also a validation speaker");
        }
        for (Clip clip : validation) {
            if (clip.corpus() != target || !validationSet.contains(clip.speaker())) {
                throw new IllegalArgumentException("fold " + id + ": validation clip " + clip.relativePath()
                        + " is not a " + target.displayName() + " clip of a validation speaker");
            }
        }
    }

    private static void requireLabelsCover(String id, List<Clip> training, List<Clip> validation, List<Clip> test,
                                           LabelMaps labels) {
        for (List<Clip> clips : List.of(training, validation, test)) {
            for (Clip clip : clips) {
                if (!labels.emotions().contains(clip.emotion())) {
                    throw new IllegalArgumentException("fold " + id + ": clip " + clip.relativePath()
                            + " has emotion " + clip.emotion().label() + ", which is not a class");
                }
            }
        }
        Set<Speaker> trainingSpeakers = new HashSet<>();
        for (Clip clip : training) {
            trainingSpeakers.add(clip.speaker());
        }
        if (!trainingSpeakers.equals(Set.copyOf(labels.speakers()))) {
            throw new IllegalArgumentException("fold " + id + ": the speaker classes " + labels.speakers()
                    + " are not the training speakers");
        }
    }
}
