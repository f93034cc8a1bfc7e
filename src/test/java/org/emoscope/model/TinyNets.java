package org.emoscope.model;

import java.util.List;
import java.util.SplittableRandom;

/** Tiny sizes and synthetic batches so network tests run in seconds. */
final class TinyNets {
    static final int EMOTIONS = 3;
    static final int SPEAKERS = 2;

    private TinyNets() {
    }

    static ModelArchitecture architecture() {
        return new ModelArchitecture(16, 24, List.of(8, 8, 8), List.of(3, 1, 3), 8, 4, 2, 2, 8, 0.35);
    }

    static EmotionNet net(long seed) {
        return EmotionNet.create(architecture(), EMOTIONS, SPEAKERS, seed);
    }

    static float[][][] randomClips(int count, long seed) {
        return randomClips(count, seed, architecture().nMels(), architecture().frames());
    }

    static float[][][] randomClips(int count, long seed, int mels, int frames) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][][] clips = new float[count][mels][frames];
        for (float[][] clip : clips) {
            for (float[] band : clip) {
                for (int f = 0; f < band.length; f++) {
                    band[f] = (float) random.nextGaussian();
                }
            }
        }
        return clips;
    }

    static Batch randomBatch(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        int[] emotions = new int[count];
        int[] speakers = new int[count];
        for (int i = 0; i < count; i++) {
            emotions[i] = random.nextInt(EMOTIONS);
            speakers[i] = random.nextInt(SPEAKERS);
        }
        return new Batch(randomClips(count, seed), emotions, speakers);
    }
}
