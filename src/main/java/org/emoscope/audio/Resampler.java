package org.emoscope.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sample-rate conversion between two integer rates, linear phase and aligned in
 * time with its input (no delay). At least 80 dB of stopband attenuation from the lower of the two
 * Nyquist frequencies, with a flat passband up to 90% of it.
 *
 * <p>Large rate reductions first halve the rate with cheap half-band filters while the input is at
 * least 2.5 times the output; the remaining ratio is done by one polyphase windowed-sinc stage,
 * whose sharp transition is then paid for at the lowest possible input rate.
 *
 * <p>Immutable and thread-safe; designs are cached per rate pair by {@link #between(int, int)}.
 */
public final class Resampler {
    private static final double PASSBAND = 0.45;
    private static final double STOPBAND = 0.5;
    private static final double HALVING_THRESHOLD = 2.5;
    private static final Map<Long, Resampler> CACHE = new ConcurrentHashMap<>();

    private final int fromRate;
    private final int toRate;
    private final List<HalfBandDecimator> halvings;
    private final PolyphaseStage polyphase;

    private Resampler(int fromRate, int toRate) {
        this.fromRate = fromRate;
        this.toRate = toRate;
        List<HalfBandDecimator> stages = new ArrayList<>();
        double rate = fromRate;
        long halvingFactor = 1;
        while (fromRate != toRate && rate >= HALVING_THRESHOLD * toRate) {
            // Keep everything below the output Nyquist: what the half-band lets through above
            // it folds no lower than the output Nyquist and is removed by the later stages.
            stages.add(new HalfBandDecimator(toRate / (2 * rate)));
            rate /= 2;
            halvingFactor *= 2;
        }
        this.halvings = List.copyOf(stages);
        long up = toRate * halvingFactor;
        long down = fromRate;
        long divisor = gcd(up, down);
        up /= divisor;
        down /= divisor;
        if (fromRate == toRate) {
            this.polyphase = null; // identity
        } else {
            double ratio = Math.min(1.0, up / (double) down);
            this.polyphase = new PolyphaseStage(Math.toIntExact(up), Math.toIntExact(down),
                    PASSBAND * ratio, STOPBAND * ratio);
        }
    }

    /**
     * The resampler from {@code fromRate} to {@code toRate} Hz, both positive.
     *
     * @throws IllegalArgumentException for a non-positive rate, or a pair so nearly coprime that
     *                                  its filter table would be unreasonably large (e.g. 999999 to 16000 Hz)
     */
    public static Resampler between(int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + fromRate + " -> " + toRate);
        }
        return CACHE.computeIfAbsent((long) fromRate << 32 | toRate, key -> new Resampler(fromRate, toRate));
    }

    public int fromRate() {
        return fromRate;
    }

    public int toRate() {
        return toRate;
    }

    /** Output samples for {@code inputLength} input samples: ceil(n * to / from), as librosa/soxr. */
    public int outputLength(int inputLength) {
        return Math.toIntExact(((long) inputLength * toRate + fromRate - 1) / fromRate);
    }

    /**
     * The input resampled to {@link #toRate()}; sample {@code j} lies at input time
     * {@code j * from / to}. A new array; the input is not modified.
     */
    public float[] resample(float[] in) {
        int outLength = outputLength(in.length);
        float[] signal = in;
        for (HalfBandDecimator halving : halvings) {
            signal = halving.decimate(signal);
        }
        return polyphase == null ? signal.clone() : polyphase.process(signal, outLength);
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
