package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.emoscope.model.AttentionTimeMap;
import org.emoscope.model.ForwardResult;
import org.emoscope.task.TaskContext;
import org.emoscope.training.PreparedClip;
import org.emoscope.training.TrainedModel;

/**
 * Is attention an explanation? The deletion test (Jain &amp; Wallace 2019 ask it of attention; deletion curves after
 * Samek et al. 2017): each test clip of a run is read again by the fold model that held its speaker out, with a
 * share k of its audio frames replaced by the padding value — the frames attention weighs most, least, or frames
 * drawn at random ({@link #RANDOM_DRAWS} draws, averaged) one by one or as one stretch — and, as a second attribution to compare attention with,
 * the frames gradient saliency ranks highest. A frame's weight is the α of every step that reads it,
 * summed: each step reads a few overlapping frames, and deleting by steps would delete fewer frames for the
 * adjacent heavy steps than for scattered random ones; by frames every order deletes exactly as many. If the
 * model's decision rests on what its attention weighs, deleting the heaviest frames hurts more than deleting random
 * ones, and the lightest hurts least. At k = 0 nothing is deleted and the reading is the model's normal one. Runs on
 * the caller's (background) thread.
 */
public final class AttentionDeletion {
    /** Where a run keeps its deletion curves. */
    public static final String FILE = "faithfulness.json";
    /** The shares of a clip's audio frames deleted: 0, 5, 10, 20, 30 and 50 %. */
    public static final double[] FRACTIONS = {0, 0.05, 0.1, 0.2, 0.3, 0.5};
    public static final int RANDOM_DRAWS = 5;
    /** The random deletions' seed: the same draws on every run of the test. */
    private static final long SEED = 42;

    /** Which frames are deleted first. */
    public enum Order {
        /** Those attention weighs most. */
        TOP_ALPHA("top α"),
        /** Frames drawn at random, one by one: scattered over the clip. */
        RANDOM("random"),
        /**
         * One stretch of adjacent frames at a random place: the control for attention's heaviest frames, which lie
         * together, while scattered frames each spoil several of the windows the convolutions read.
         */
        RANDOM_STRETCH("random stretch"),
        /** Those attention weighs least. */
        BOTTOM_ALPHA("bottom α"),
        /**
         * Those with the largest saliency: the frame's sum over bands of (value − padding value) × the gradient of
         * the predicted emotion's log-probability, the first-order estimate of how much deleting the frame lowers it.
         */
        TOP_SALIENCY("top saliency");

        private final String label;

        Order(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Accuracy and the true class's mean probability after each deletion, per order, over every clip read.
     *
     * @param runs        the runs tested
     * @param clips       how many clips were read
     * @param fractions   the shares of audio steps deleted ({@link #FRACTIONS})
     * @param accuracy    per order, per fraction, the share of clips still classified right
     * @param probability per order, per fraction, the true class's mean probability
     * @param problems    clips or folds left out, and why
     */
    public record Curves(List<Path> runs, int clips, double[] fractions, Map<Order, double[]> accuracy,
                         Map<Order, double[]> probability, List<String> problems) {
    }

    private AttentionDeletion() {
    }

    /** Keeps {@code curves} of a single run in its folder ({@link #FILE}), atomically. */
    public static void save(Curves curves, Path runDirectory) throws IOException {
        JsonFiles.write(runDirectory.resolve(FILE), curves);
    }

    /**
     * The curves a run keeps ({@link #save}); empty when it has none yet.
     *
     * @throws ExperimentFolderException naming the file when it is damaged
     */
    public static Optional<Curves> read(Path runDirectory) throws ExperimentFolderException {
        Path file = runDirectory.resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(JsonFiles.read(file, Curves.class))
                : Optional.empty();
    }

    /** Several runs' curves as one, each weighted by its clips (e.g. the single-fold runs of one configuration). */
    public static Curves pooled(List<Curves> all) {
        int clips = all.stream().mapToInt(Curves::clips).sum();
        Map<Order, double[]> accuracy = new LinkedHashMap<>();
        Map<Order, double[]> probability = new LinkedHashMap<>();
        for (Order order : Order.values()) {
            accuracy.put(order, weighted(all, clips, curves -> curves.accuracy().get(order)));
            probability.put(order, weighted(all, clips, curves -> curves.probability().get(order)));
        }
        return new Curves(all.stream().flatMap(c -> c.runs().stream()).toList(), clips, FRACTIONS.clone(), accuracy,
                probability, all.stream().flatMap(c -> c.problems().stream()).toList());
    }

    private static double[] weighted(List<Curves> all, int clips, Function<Curves, double[]> values) {
        double[] sum = new double[FRACTIONS.length];
        for (Curves curves : all) {
            for (int f = 0; f < sum.length; f++) {
                sum[f] += curves.clips() == 0 ? 0 : values.apply(curves)[f] * curves.clips() / clips;
            }
        }
        return sum;
    }

    /**
     * @throws IllegalArgumentException when the run has no test predictions or keeps no network (a baseline)
     */
    public static Curves of(RunResults results, TaskContext context) {
        FoldModelWalk walk = FoldModelWalk.of(results, "attention to delete by");
        Tally tally = new Tally();
        List<String> problems = new ArrayList<>();
        problems.addAll(walk.visitEach(context, "Deleting frames of", (model, prediction, wav) -> {
            String emotion = walk.labels().get(prediction.trueClass());
            int trueClass = IntStream.range(0, model.labels().emotions().size())
                    .filter(i -> model.labels().emotions().get(i).label().equals(emotion)).findFirst().orElse(-1);
            if (trueClass < 0) {
                problems.add(wav + ": its emotion " + emotion + " is not one the fold model knows");
            } else {
                tally.add(deletions(model, model.prepare(wav, Optional.of(prediction.speaker()))), trueClass);
            }
        }));
        return tally.curves(List.of(results.directory()), problems);
    }

    /** One clip's readings: per order and fraction, the emotion probabilities (random: one per draw). */
    private static Map<Order, float[][][]> deletions(TrainedModel model, TrainedModel.Input input) {
        ForwardResult normal = model.forward(List.of(input.clip()));
        float[] alpha = normal.alpha()[0];
        double[] weight = frameWeights(alpha, Math.min(input.audioSteps(), alpha.length), model.timeMap(),
                input.clip().features()[0].length);
        int frames = weight.length;
        Integer[] byWeight = IntStream.range(0, frames).boxed().sorted(Comparator.comparingDouble(
                (Integer frame) -> weight[frame]).reversed().thenComparing(frame -> frame)).toArray(Integer[]::new);
        double[] saliency = model.frameSaliency(input, argmax(normal.emotionProbabilities()[0]));
        Integer[] bySaliency = IntStream.range(0, frames).boxed().sorted(Comparator.comparingDouble(
                (Integer frame) -> saliency[frame]).reversed().thenComparing(frame -> frame)).toArray(Integer[]::new);
        SplittableRandom random = new SplittableRandom(SEED);
        List<PreparedClip> batch = new ArrayList<>();
        for (double fraction : FRACTIONS) {
            int count = deleted(fraction, frames);
            batch.add(without(model, input.clip(), Arrays.asList(byWeight).subList(0, count)));
            batch.add(without(model, input.clip(), Arrays.asList(byWeight).subList(frames - count, frames)));
            batch.add(without(model, input.clip(), Arrays.asList(bySaliency).subList(0, count)));
            for (int draw = 0; draw < RANDOM_DRAWS; draw++) {
                batch.add(without(model, input.clip(), drawn(random, frames, count)));
            }
            for (int draw = 0; draw < RANDOM_DRAWS; draw++) {
                int start = random.nextInt(frames - count + 1);
                batch.add(without(model, input.clip(), IntStream.range(start, start + count).boxed().toList()));
            }
        }
        ForwardResult result = model.forward(batch);
        int perFraction = 3 + 2 * RANDOM_DRAWS;
        Map<Order, float[][][]> readings = new LinkedHashMap<>();
        for (Order order : Order.values()) {
            readings.put(order, new float[FRACTIONS.length][][]);
        }
        for (int f = 0; f < FRACTIONS.length; f++) {
            float[][] probabilities = result.emotionProbabilities();
            readings.get(Order.TOP_ALPHA)[f] = new float[][] {probabilities[f * perFraction]};
            readings.get(Order.BOTTOM_ALPHA)[f] = new float[][] {probabilities[f * perFraction + 1]};
            readings.get(Order.TOP_SALIENCY)[f] = new float[][] {probabilities[f * perFraction + 2]};
            int first = f * perFraction + 3;
            readings.get(Order.RANDOM)[f] = Arrays.copyOfRange(probabilities, first, first + RANDOM_DRAWS);
            readings.get(Order.RANDOM_STRETCH)[f] = Arrays.copyOfRange(probabilities, first + RANDOM_DRAWS,
                    first + 2 * RANDOM_DRAWS);
        }
        return readings;
    }

    /** How many of {@code frames} frames a fraction deletes: rounded, and at least one once the fraction is not 0. */
    static int deleted(double fraction, int frames) {
        return fraction == 0 ? 0 : Math.min(frames, Math.max(1, (int) Math.round(fraction * frames)));
    }

    /**
     * Per audio frame (those the audio steps read, at most {@code inputFrames}), the summed α of the steps that read
     * it.
     */
    static double[] frameWeights(float[] alpha, int audioSteps, AttentionTimeMap time, int inputFrames) {
        int frames = audioSteps == 0 ? 0 : Math.min(inputFrames, time.lastFrame(audioSteps - 1) + 1);
        double[] weight = new double[frames];
        for (int step = 0; step < audioSteps; step++) {
            for (int frame = time.firstFrame(step); frame <= Math.min(frames - 1, time.lastFrame(step)); frame++) {
                weight[frame] += alpha[step];
            }
        }
        return weight;
    }

    private static List<Integer> drawn(SplittableRandom random, int frames, int count) {
        int[] order = IntStream.range(0, frames).toArray();
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(frames - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return Arrays.stream(order, 0, count).boxed().toList();
    }

    /** {@code clip} with {@code frames} set to the padding value in every band. */
    private static PreparedClip without(TrainedModel model, PreparedClip clip, List<Integer> frames) {
        float[][] features = new float[clip.features().length][];
        for (int band = 0; band < features.length; band++) {
            features[band] = clip.features()[band].clone();
            for (int frame : frames) {
                features[band][frame] = model.padValue();
            }
        }
        return new PreparedClip(features, clip.frames());
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }

    /** Sums of right answers and true-class probabilities per order and fraction. */
    private static final class Tally {
        private final Map<Order, double[]> correct = new LinkedHashMap<>();
        private final Map<Order, double[]> probability = new LinkedHashMap<>();
        private int clips;

        Tally() {
            for (Order order : Order.values()) {
                correct.put(order, new double[FRACTIONS.length]);
                probability.put(order, new double[FRACTIONS.length]);
            }
        }

        void add(Map<Order, float[][][]> readings, int trueClass) {
            clips++;
            readings.forEach((order, perFraction) -> {
                for (int f = 0; f < perFraction.length; f++) {
                    for (float[] reading : perFraction[f]) {
                        correct.get(order)[f] += (argmax(reading) == trueClass ? 1.0 : 0.0) / perFraction[f].length;
                        probability.get(order)[f] += reading[trueClass] / (double) perFraction[f].length;
                    }
                }
            });
        }

        Curves curves(List<Path> runs, List<String> problems) {
            Map<Order, double[]> accuracy = new LinkedHashMap<>();
            Map<Order, double[]> meanProbability = new LinkedHashMap<>();
            for (Order order : Order.values()) {
                accuracy.put(order, Arrays.stream(correct.get(order)).map(sum -> sum / clips).toArray());
                meanProbability.put(order, Arrays.stream(probability.get(order)).map(sum -> sum / clips).toArray());
            }
            return new Curves(runs, clips, FRACTIONS.clone(), accuracy, meanProbability, problems);
        }

    }
}
