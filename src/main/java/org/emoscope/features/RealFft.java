package org.emoscope.features;

import java.util.ArrayList;
import java.util.List;

/**
 * Forward DFT of a real sequence of even length {@code n}, {@code X[k] = sum_j x[j] e^{-2 pi i jk/n}}
 * for {@code k = 0 .. n/2} (numpy's {@code rfft}).
 *
 * <p>The real input is packed into a complex sequence of length {@code m = n/2}
 * ({@code z[j] = x[2j] + i x[2j+1]}), transformed by an in-place mixed-radix decimation-in-time FFT
 * and unpacked with the standard real-to-complex split. The complex FFT has hand-written butterflies
 * for radices 4, 2, 3 and 5 (so n = 800, m = 400 = 4·4·5·5, runs in four passes); any other prime
 * factor p of m is handled by a generic O(p²) butterfly, so every even n works, but a large prime
 * factor degrades towards a plain O(n²) DFT. All twiddles and the input permutation are precomputed;
 * {@link #forward} allocates nothing unless m has such an unusual prime factor.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RealFft {
    private final int n;
    private final int m;
    /** {@code z[q]} of the permuted complex input takes its pair from {@code x[2 * gather[q]]}. */
    private final int[] gather;
    private final int[] radices;
    /** Per pass: offset of that pass's twiddles in {@link #twiddleRe} / {@link #twiddleIm}. */
    private final int[] twiddleOffset;
    private final double[] twiddleRe;
    private final double[] twiddleIm;
    /** {@code e^{-2 pi i k / n}} for the real-to-complex split, k = 0 .. m/2. */
    private final double[] splitRe;
    private final double[] splitIm;

    /**
     * @param n transform length, even and at least 2
     */
    public RealFft(int n) {
        if (n < 2 || n % 2 != 0) {
            throw new IllegalArgumentException("real FFT length must be even and at least 2, got " + n);
        }
        this.n = n;
        this.m = n / 2;
        this.radices = factorise(m);
        this.gather = digitReversal(m, radices);
        int passes = radices.length;
        this.twiddleOffset = new int[passes];
        int total = 0;
        int span = 1;
        for (int s = 0; s < passes; s++) {
            twiddleOffset[s] = total;
            total += span * (radices[s] - 1);
            span *= radices[s];
        }
        this.twiddleRe = new double[total];
        this.twiddleIm = new double[total];
        span = 1;
        for (int s = 0; s < passes; s++) {
            int p = radices[s];
            int size = span * p;
            for (int k1 = 0; k1 < span; k1++) {
                for (int r = 1; r < p; r++) {
                    int at = twiddleOffset[s] + k1 * (p - 1) + (r - 1);
                    double angle = -2.0 * Math.PI * (((long) r * k1) % size) / size;
                    twiddleRe[at] = Math.cos(angle);
                    twiddleIm[at] = Math.sin(angle);
                }
            }
            span = size;
        }
        this.splitRe = new double[m / 2 + 1];
        this.splitIm = new double[m / 2 + 1];
        for (int k = 0; k <= m / 2; k++) {
            double angle = -2.0 * Math.PI * k / n;
            splitRe[k] = Math.cos(angle);
            splitIm[k] = Math.sin(angle);
        }
    }

    /** The transform length n. */
    public int size() {
        return n;
    }

    /**
     * Transforms {@code x[0 .. n-1]} into {@code re[0 .. n/2]}, {@code im[0 .. n/2]}.
     * {@code x} is not modified; {@code re} and {@code im} need length at least {@code n/2 + 1}.
     */
    public void forward(double[] x, double[] re, double[] im) {
        for (int q = 0; q < m; q++) {
            int j = 2 * gather[q];
            re[q] = x[j];
            im[q] = x[j + 1];
        }
        complexTransform(re, im);
        splitRealSpectrum(re, im);
    }

    private void complexTransform(double[] re, double[] im) {
        int span = 1;
        for (int s = 0; s < radices.length; s++) {
            int p = radices[s];
            int off = twiddleOffset[s];
            switch (p) {
                case 4 -> {
                    if (span == 1) {
                        firstPass4(re, im);
                    } else {
                        pass4(re, im, span, off);
                    }
                }
                case 2 -> pass2(re, im, span, off);
                case 3 -> pass3(re, im, span, off);
                case 5 -> pass5(re, im, span, off);
                default -> passGeneric(re, im, span, off, p);
            }
            span *= p;
        }
    }

    /** Unpacks Z = FFT_m(x[2j] + i x[2j+1]) into X[0..m], processing the pairs k, m-k together in place. */
    private void splitRealSpectrum(double[] re, double[] im) {
        double z0r = re[0];
        double z0i = im[0];
        re[0] = z0r + z0i;
        im[0] = 0.0;
        re[m] = z0r - z0i;
        im[m] = 0.0;
        for (int k = 1; k <= m / 2; k++) {
            int mk = m - k;
            double ar = re[k];
            double ai = im[k];
            double br = re[mk];
            double bi = -im[mk];
            // even part (A + B)/2, odd part (A - B)/(2i), with A = Z[k] and B = conj(Z[m-k])
            double er = 0.5 * (ar + br);
            double ei = 0.5 * (ai + bi);
            double or = 0.5 * (ai - bi);
            double oi = -0.5 * (ar - br);
            double wr = splitRe[k];
            double wi = splitIm[k];
            double tr = wr * or - wi * oi;
            double ti = wr * oi + wi * or;
            re[k] = er + tr;
            im[k] = ei + ti;
            if (mk != k) {
                // X[m-k] = conj(E - W^k O)
                re[mk] = er - tr;
                im[mk] = -(ei - ti);
            }
        }
    }

    private void pass2(double[] re, double[] im, int span, int off) {
        int size = 2 * span;
        for (int base = 0; base < m; base += size) {
            for (int k = 0; k < span; k++) {
                int i0 = base + k;
                int i1 = i0 + span;
                double wr = twiddleRe[off + k];
                double wi = twiddleIm[off + k];
                double br = re[i1] * wr - im[i1] * wi;
                double bi = re[i1] * wi + im[i1] * wr;
                double ar = re[i0];
                double ai = im[i0];
                re[i0] = ar + br;
                im[i0] = ai + bi;
                re[i1] = ar - br;
                im[i1] = ai - bi;
            }
        }
    }

    private void pass3(double[] re, double[] im, int span, int off) {
        final double c = -0.5;
        final double s = -Math.sqrt(3.0) / 2.0;
        int size = 3 * span;
        for (int base = 0; base < m; base += size) {
            for (int k = 0; k < span; k++) {
                int i0 = base + k;
                int i1 = i0 + span;
                int i2 = i1 + span;
                int t = off + 2 * k;
                double w1r = twiddleRe[t];
                double w1i = twiddleIm[t];
                double w2r = twiddleRe[t + 1];
                double w2i = twiddleIm[t + 1];
                double ar = re[i0];
                double ai = im[i0];
                double br = re[i1] * w1r - im[i1] * w1i;
                double bi = re[i1] * w1i + im[i1] * w1r;
                double cr = re[i2] * w2r - im[i2] * w2i;
                double ci = re[i2] * w2i + im[i2] * w2r;
                double sr = br + cr;
                double si = bi + ci;
                double dr = br - cr;
                double di = bi - ci;
                double mr = ar + c * sr;
                double mi = ai + c * si;
                re[i0] = ar + sr;
                im[i0] = ai + si;
                // y1 = m + i s d, y2 = m - i s d (s = -sin(2 pi / 3))
                re[i1] = mr - s * di;
                im[i1] = mi + s * dr;
                re[i2] = mr + s * di;
                im[i2] = mi - s * dr;
            }
        }
    }

    private void pass4(double[] re, double[] im, int span, int off) {
        int size = 4 * span;
        for (int base = 0; base < m; base += size) {
            for (int k = 0; k < span; k++) {
                int i0 = base + k;
                int i1 = i0 + span;
                int i2 = i1 + span;
                int i3 = i2 + span;
                int t = off + 3 * k;
                double w1r = twiddleRe[t];
                double w1i = twiddleIm[t];
                double w2r = twiddleRe[t + 1];
                double w2i = twiddleIm[t + 1];
                double w3r = twiddleRe[t + 2];
                double w3i = twiddleIm[t + 2];
                double ar = re[i0];
                double ai = im[i0];
                double br = re[i1] * w1r - im[i1] * w1i;
                double bi = re[i1] * w1i + im[i1] * w1r;
                double cr = re[i2] * w2r - im[i2] * w2i;
                double ci = re[i2] * w2i + im[i2] * w2r;
                double dr = re[i3] * w3r - im[i3] * w3i;
                double di = re[i3] * w3i + im[i3] * w3r;
                double s0r = ar + cr;
                double s0i = ai + ci;
                double s1r = ar - cr;
                double s1i = ai - ci;
                double s2r = br + dr;
                double s2i = bi + di;
                double s3r = br - dr;
                double s3i = bi - di;
                re[i0] = s0r + s2r;
                im[i0] = s0i + s2i;
                re[i2] = s0r - s2r;
                im[i2] = s0i - s2i;
                // y1 = s1 - i s3, y3 = s1 + i s3
                re[i1] = s1r + s3i;
                im[i1] = s1i - s3r;
                re[i3] = s1r - s3i;
                im[i3] = s1i + s3r;
            }
        }
    }

    /** The first radix-4 pass: every twiddle is 1, so the butterflies need no multiplications. */
    private void firstPass4(double[] re, double[] im) {
        for (int i0 = 0; i0 < m; i0 += 4) {
            double s0r = re[i0] + re[i0 + 2];
            double s0i = im[i0] + im[i0 + 2];
            double s1r = re[i0] - re[i0 + 2];
            double s1i = im[i0] - im[i0 + 2];
            double s2r = re[i0 + 1] + re[i0 + 3];
            double s2i = im[i0 + 1] + im[i0 + 3];
            double s3r = re[i0 + 1] - re[i0 + 3];
            double s3i = im[i0 + 1] - im[i0 + 3];
            re[i0] = s0r + s2r;
            im[i0] = s0i + s2i;
            re[i0 + 2] = s0r - s2r;
            im[i0 + 2] = s0i - s2i;
            re[i0 + 1] = s1r + s3i;
            im[i0 + 1] = s1i - s3r;
            re[i0 + 3] = s1r - s3i;
            im[i0 + 3] = s1i + s3r;
        }
    }

    private void pass5(double[] re, double[] im, int span, int off) {
        final double c1 = Math.cos(2.0 * Math.PI / 5.0);
        final double c2 = Math.cos(4.0 * Math.PI / 5.0);
        final double s1 = Math.sin(2.0 * Math.PI / 5.0);
        final double s2 = Math.sin(4.0 * Math.PI / 5.0);
        int size = 5 * span;
        for (int base = 0; base < m; base += size) {
            for (int k = 0; k < span; k++) {
                int i0 = base + k;
                int i1 = i0 + span;
                int i2 = i1 + span;
                int i3 = i2 + span;
                int i4 = i3 + span;
                int t = off + 4 * k;
                double ar = re[i0];
                double ai = im[i0];
                double br = re[i1] * twiddleRe[t] - im[i1] * twiddleIm[t];
                double bi = re[i1] * twiddleIm[t] + im[i1] * twiddleRe[t];
                double cr = re[i2] * twiddleRe[t + 1] - im[i2] * twiddleIm[t + 1];
                double ci = re[i2] * twiddleIm[t + 1] + im[i2] * twiddleRe[t + 1];
                double dr = re[i3] * twiddleRe[t + 2] - im[i3] * twiddleIm[t + 2];
                double di = re[i3] * twiddleIm[t + 2] + im[i3] * twiddleRe[t + 2];
                double er = re[i4] * twiddleRe[t + 3] - im[i4] * twiddleIm[t + 3];
                double ei = re[i4] * twiddleIm[t + 3] + im[i4] * twiddleRe[t + 3];
                double p1r = br + er;
                double p1i = bi + ei;
                double m1r = br - er;
                double m1i = bi - ei;
                double p2r = cr + dr;
                double p2i = ci + di;
                double m2r = cr - dr;
                double m2i = ci - di;
                re[i0] = ar + p1r + p2r;
                im[i0] = ai + p1i + p2i;
                double q1r = ar + c1 * p1r + c2 * p2r;
                double q1i = ai + c1 * p1i + c2 * p2i;
                double q2r = ar + c2 * p1r + c1 * p2r;
                double q2i = ai + c2 * p1i + c1 * p2i;
                // forward transform: y_k = q_k - i (sin terms), y_{5-k} = q_k + i (sin terms)
                double u1r = s1 * m1r + s2 * m2r;
                double u1i = s1 * m1i + s2 * m2i;
                double u2r = s2 * m1r - s1 * m2r;
                double u2i = s2 * m1i - s1 * m2i;
                re[i1] = q1r + u1i;
                im[i1] = q1i - u1r;
                re[i4] = q1r - u1i;
                im[i4] = q1i + u1r;
                re[i2] = q2r + u2i;
                im[i2] = q2i - u2r;
                re[i3] = q2r - u2i;
                im[i3] = q2i + u2r;
            }
        }
    }

    private void passGeneric(double[] re, double[] im, int span, int off, int p) {
        double[] ar = new double[p];
        double[] ai = new double[p];
        int size = p * span;
        for (int base = 0; base < m; base += size) {
            for (int k = 0; k < span; k++) {
                ar[0] = re[base + k];
                ai[0] = im[base + k];
                for (int r = 1; r < p; r++) {
                    int i = base + k + r * span;
                    int t = off + k * (p - 1) + r - 1;
                    ar[r] = re[i] * twiddleRe[t] - im[i] * twiddleIm[t];
                    ai[r] = re[i] * twiddleIm[t] + im[i] * twiddleRe[t];
                }
                for (int out = 0; out < p; out++) {
                    double sr = 0.0;
                    double si = 0.0;
                    for (int r = 0; r < p; r++) {
                        double angle = -2.0 * Math.PI * ((r * out) % p) / p;
                        double c = Math.cos(angle);
                        double s = Math.sin(angle);
                        sr += ar[r] * c - ai[r] * s;
                        si += ar[r] * s + ai[r] * c;
                    }
                    re[base + k + out * span] = sr;
                    im[base + k + out * span] = si;
                }
            }
        }
    }

    /** Radices in pass order: fours first (fewest passes), then 2, 3, 5, then any other primes. */
    private static int[] factorise(int length) {
        List<Integer> factors = new ArrayList<>();
        int rest = length;
        while (rest % 4 == 0) {
            factors.add(4);
            rest /= 4;
        }
        for (int p = 2; rest > 1; p++) {
            if ((long) p * p > rest) {
                p = rest;
            }
            while (rest % p == 0) {
                factors.add(p);
                rest /= p;
            }
        }
        return factors.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Input order for decimation in time: the pass with radix {@code radices[last]} combines the
     * {@code p} sub-sequences {@code x[p j + r]}, each stored contiguously, so position
     * {@code q = r * (length / p) + q'} holds index {@code r + p * order'(q')}.
     */
    private static int[] digitReversal(int length, int[] radices) {
        int[] order = {0};
        int size = 1;
        for (int radix : radices) {
            int next = size * radix;
            int[] grown = new int[next];
            for (int r = 0; r < radix; r++) {
                for (int q = 0; q < size; q++) {
                    grown[r * size + q] = r + radix * order[q];
                }
            }
            order = grown;
            size = next;
        }
        if (size != length) {
            throw new IllegalStateException("factorisation of " + length + " is incomplete");
        }
        return order;
    }
}
