package org.emoscope.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Inverted-dropout masks (each unit 0 or 1/(1-p)) from a counter-based generator: mask number {@code n} of
 * a stream depends only on the stream's seed and {@code n}, so the whole state is one counter, which a
 * checkpoint can store and restore exactly. The values are SplitMix64 outputs. Not thread-safe.
 */
final class DropoutMasks {
    private static final long STREAM = 0x9E3779B97F4A7C15L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;
    private long drawn;

    /** A stream for network seed {@code seed} that has already handed out {@code drawn} masks. */
    DropoutMasks(long seed, long drawn) {
        this.seed = seed;
        this.drawn = drawn;
    }

    /** Masks handed out so far; pass it back to the constructor to continue the stream. */
    long drawn() {
        return drawn;
    }

    /** The next mask, {@code [batchSize, width]}. */
    INDArray next(int batchSize, int width, double dropout) {
        double keep = 1 - dropout;
        float kept = (float) (1 / keep);
        float[] mask = new float[Math.multiplyExact(batchSize, width)];
        long state = mix(seed ^ STREAM) ^ mix(drawn + GOLDEN_GAMMA);
        for (int i = 0; i < mask.length; i++) {
            state += GOLDEN_GAMMA;
            double uniform = (mix(state) >>> 11) * 0x1.0p-53;
            mask[i] = uniform < keep ? kept : 0f;
        }
        drawn++;
        return Nd4j.create(mask, new long[] {batchSize, width}, DataType.FLOAT);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
