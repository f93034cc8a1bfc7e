package org.emoscope.model;

/**
 * The LSTM's gate nonlinearities in float arithmetic only, so that C2 vectorises the loops over whole gate rows.
 * {@code Math.exp} is a scalar intrinsic: tanh and sigmoid through it cost about 8 ns per element on the
 * development VM, these about 0.8 ns, and they were two thirds of the recurrence's time.
 *
 * <p>tanh is Eigen's rational approximation ({@code generic_fast_tanh_float}: a degree-13 odd numerator over a
 * degree-6 even denominator on inputs clamped to ±7.9053, where tanh rounds to 1 in float); its absolute error
 * is at most 3.6e-7, three float ulps of 1 ({@code GateFunctionsTest}). sigmoid(x) = (1 + tanh(x / 2)) / 2, which
 * keeps that absolute error; in the far tails it returns about 1.2e-7 instead of a tinier number.
 */
final class GateFunctions {
    private static final float CLAMP = 7.90531110763549805f;

    private GateFunctions() {
    }

    static float tanh(float input) {
        float x = Math.max(-CLAMP, Math.min(CLAMP, input));
        float x2 = x * x;
        float p = x2 * -2.76076847742355e-16f + 2.00018790482477e-13f;
        p = x2 * p + -8.60467152213735e-11f;
        p = x2 * p + 5.12229709037114e-08f;
        p = x2 * p + 1.48572235717979e-05f;
        p = x2 * p + 6.37261928875436e-04f;
        p = x2 * p + 4.89352455891786e-03f;
        float q = x2 * 1.19825839466702e-06f + 1.18534705686654e-04f;
        q = x2 * q + 2.26843463243900e-03f;
        q = x2 * q + 4.89352518554385e-03f;
        return x * p / q;
    }

    static float sigmoid(float x) {
        return 0.5f + 0.5f * tanh(0.5f * x);
    }

    /** Applies {@link #tanh} to {@code values[from .. to)} in place. */
    static void tanh(float[] values, int from, int to) {
        for (int j = from; j < to; j++) {
            values[j] = tanh(values[j]);
        }
    }

    /** Applies {@link #sigmoid} to {@code values[from .. to)} in place. */
    static void sigmoid(float[] values, int from, int to) {
        for (int j = from; j < to; j++) {
            values[j] = sigmoid(values[j]);
        }
    }
}
