package org.emoscope.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.emoscope.corpus.Clip;
import org.emoscope.model.Batch;

/**
 * One fold's clips prepared for the network ({@link FoldNormalisation#prepare}), with their label indices in
 * the fold's label maps. Batches are cut to their longest clip: with padding masked, the frames after it are
 * padding in every clip of the batch and change nothing, so a batch costs only its longest clip. Immutable.
 */
final class FoldClips {
    /** Batches whose clips are sorted by length together, so that a batch holds clips of similar length. */
    private static final int BATCHES_PER_LENGTH_GROUP = 8;

    private final List<Clip> clips;
    private final PreparedClip[] inputs;
    private final int minFrames;
    private final int[] emotions;
    private final int[] speakers;

    private FoldClips(List<Clip> clips, PreparedClip[] inputs, int minFrames, int[] emotions, int[] speakers) {
        this.clips = List.copyOf(clips);
        this.inputs = inputs;
        this.minFrames = minFrames;
        this.emotions = emotions;
        this.speakers = speakers;
    }

    /** @param minFrames the fewest frames a batch is cut to: the network's receptive field */
    static FoldClips of(List<Clip> clips, Map<Clip, float[][]> logMels, FoldNormalisation normalisation,
                        LabelMaps labels, int minFrames) {
        PreparedClip[] inputs = new PreparedClip[clips.size()];
        int[] emotions = new int[clips.size()];
        int[] speakers = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            Clip clip = clips.get(i);
            inputs[i] = normalisation.prepare(logMels.get(clip), Optional.of(clip.speaker().key()));
            emotions[i] = labels.emotionIndex(clip.emotion());
            // Validation and test speakers are not speaker classes; their speaker label is never trained on.
            speakers[i] = labels.speakerIndex(clip.speaker()).orElse(0);
        }
        return new FoldClips(clips, inputs, Math.min(minFrames, normalisation.frames()), emotions, speakers);
    }

    int size() {
        return clips.size();
    }

    Clip clip(int i) {
        return clips.get(i);
    }

    int emotion(int i) {
        return emotions[i];
    }

    /** Speaker class index per clip (0 for speakers that are not classes). */
    int[] speakers() {
        return speakers.clone();
    }

    /** The clips {@code from} (inclusive) to {@code to} in stored order, as one batch. */
    Batch batch(int from, int to) {
        return batch(IntStream.range(from, to).toArray());
    }

    /** The clips at {@code indices}, as one batch cut to its longest clip's frames. */
    Batch batch(int[] indices) {
        int longest = Math.max(minFrames, Arrays.stream(indices).map(i -> inputs[i].frames()).max().orElse(1));
        float[][][] x = new float[indices.length][][];
        int[] frames = new int[indices.length];
        int[] e = new int[indices.length];
        int[] s = new int[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            x[k] = cut(inputs[i].features(), longest);
            frames[k] = inputs[i].frames();
            e[k] = emotions[i];
            s[k] = speakers[i];
        }
        return new Batch(x, frames, e, s);
    }

    private static float[][] cut(float[][] features, int frames) {
        if (features.length == 0 || features[0].length == frames) {
            return features;
        }
        float[][] cut = new float[features.length][];
        for (int band = 0; band < features.length; band++) {
            cut[band] = Arrays.copyOf(features[band], frames);
        }
        return cut;
    }

    /**
     * The training batches of one epoch: {@code order} (a shuffled permutation) in groups of
     * {@link #BATCHES_PER_LENGTH_GROUP} batches, each group sorted by clip length (stable, so equal lengths keep
     * their shuffled order), cut into batches, and the batches shuffled with {@code random}.
     */
    List<int[]> epochBatches(int[] order, int batchSize, SplittableRandom random) {
        int group = batchSize * BATCHES_PER_LENGTH_GROUP;
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += group) {
            Integer[] members = Arrays.stream(order, start, Math.min(order.length, start + group)).boxed()
                    .toArray(Integer[]::new);
            Arrays.sort(members, Comparator.comparingInt(i -> inputs[i].frames()));
            for (int from = 0; from < members.length; from += batchSize) {
                int to = Math.min(members.length, from + batchSize);
                batches.add(Arrays.stream(members, from, to).mapToInt(Integer::intValue).toArray());
            }
        }
        if (Arrays.stream(inputs).mapToInt(PreparedClip::frames).distinct().count() > 1) {
            for (int i = batches.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int[] swap = batches.get(i);
                batches.set(i, batches.get(j));
                batches.set(j, swap);
            }
        }
        return batches;
    }

    /** The first {@code count} clips in {@code order}. */
    FoldClips subset(int[] order, int count) {
        int n = Math.min(count, order.length);
        List<Clip> picked = new ArrayList<>();
        PreparedClip[] x = new PreparedClip[n];
        int[] e = new int[n];
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            picked.add(clips.get(order[i]));
            x[i] = inputs[order[i]];
            e[i] = emotions[order[i]];
            s[i] = speakers[order[i]];
        }
        return new FoldClips(picked, x, minFrames, e, s);
    }
}
