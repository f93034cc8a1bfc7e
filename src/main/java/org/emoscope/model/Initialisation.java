package org.emoscope.model;

import java.util.Arrays;
import java.util.SplittableRandom;

/** The starting values of a {@link ParameterSpec}'s array, drawn from a seeded stream. Stateless. */
final class Initialisation {
    private Initialisation() {
    }

    /** The array's values in C order. */
    static float[] values(ParameterSpec spec, SplittableRandom random) {
        float[] values = new float[Math.toIntExact(spec.length())];
        switch (spec.initialiser()) {
            case ZEROS -> { }
            case GLOROT -> {
                double limit = Math.sqrt(6.0 / (spec.fanIn() + spec.fanOut()));
                for (int i = 0; i < values.length; i++) {
                    values[i] = (float) ((random.nextDouble() * 2 - 1) * limit);
                }
            }
            case ORTHOGONAL -> {
                long[] shape = spec.shape();
                int rows = Math.toIntExact(shape[1]);
                int columns = Math.toIntExact(shape[2]);
                for (int slice = 0; slice < shape[0]; slice++) {
                    orthogonal(rows, columns, random, values, slice * rows * columns);
                }
            }
            case FORGET_GATE_ONE -> {
                long[] shape = spec.shape();
                int width = Math.toIntExact(shape[1]);
                int units = width / 4;
                for (int direction = 0; direction < shape[0]; direction++) {
                    Arrays.fill(values, direction * width + units, direction * width + 2 * units, 1f);
                }
            }
        }
        return values;
    }

    /**
     * A {@code rows x columns} matrix with orthonormal rows (or columns, whichever are fewer), written at
     * {@code offset}: Gram-Schmidt on a standard normal matrix, as Keras' {@code Orthogonal} (QR with the signs of
     * R's diagonal made positive, which Gram-Schmidt gives by construction).
     */
    private static void orthogonal(int rows, int columns, SplittableRandom random, float[] out, int offset) {
        int vectors = Math.min(rows, columns);
        int length = Math.max(rows, columns);
        double[][] q = new double[vectors][length];
        for (int v = 0; v < vectors; v++) {
            for (int i = 0; i < length; i++) {
                q[v][i] = gaussian(random);
            }
            for (int u = 0; u < v; u++) {
                double dot = 0;
                for (int i = 0; i < length; i++) {
                    dot += q[v][i] * q[u][i];
                }
                for (int i = 0; i < length; i++) {
                    q[v][i] -= dot * q[u][i];
                }
            }
            double norm = 0;
            for (int i = 0; i < length; i++) {
                norm += q[v][i] * q[v][i];
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < length; i++) {
                q[v][i] /= norm;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                // Fewer rows: the vectors are the rows; fewer columns: they are the columns.
                out[offset + r * columns + c] = (float) (rows <= columns ? q[r][c] : q[c][r]);
            }
        }
    }

    /** A standard normal draw (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble(); // in (0, 1]
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
