package org.emoscope.model;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/** Conversions between Java arrays and the network's INDArrays. */
final class Tensors {
    private Tensors() {
    }

    /**
     * {@code [clip][mel][frame]} to the graph's time-major input {@code [clip, frame, mel]}. The clips share
     * one frame count, which may be below the architecture's (a batch cut to its longest clip) but not below
     * its receptive field.
     */
    static INDArray features(float[][][] clips, ModelArchitecture arch) {
        int mels = arch.nMels();
        int frames = clips.length == 0 || clips[0].length == 0 ? arch.frames() : clips[0][0].length;
        if (frames < arch.receptiveFrames()) {
            throw new IllegalArgumentException("Clips of " + frames + " frames are shorter than the network's "
                    + arch.receptiveFrames() + "-frame receptive field");
        }
        float[] flat = new float[Math.multiplyExact(clips.length, mels * frames)];
        for (int c = 0; c < clips.length; c++) {
            float[][] clip = clips[c];
            if (clip.length != mels) {
                throw new IllegalArgumentException("Clip " + c + " has " + clip.length + " Mel bands, the network expects " + mels);
            }
            int base = c * frames * mels;
            for (int m = 0; m < mels; m++) {
                float[] band = clip[m];
                if (band.length != frames) {
                    throw new IllegalArgumentException("Clip " + c + ", band " + m + " has " + band.length
                            + " frames, clip 0 has " + frames);
                }
                for (int f = 0; f < frames; f++) {
                    flat[base + f * mels + m] = band[f];
                }
            }
        }
        return array(flat, clips.length, frames, mels);
    }

    /** @throws IllegalArgumentException naming the first clip whose label is outside {@code 0 .. classes - 1} */
    static void requireLabels(int[] labels, int classes, String what) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("Clip " + i + " has " + what + " label " + labels[i]
                        + ", expected 0.." + (classes - 1));
            }
        }
    }

    static float[][] floats(double[][] values) {
        float[][] out = new float[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = new float[values[i].length];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = (float) values[i][j];
            }
        }
        return out;
    }

    /** A matrix's rows. */
    static float[][] matrix(INDArray array) {
        float[] flat = flat(array);
        int columns = Math.toIntExact(array.size(1));
        float[][] rows = new float[Math.toIntExact(array.size(0))][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = Arrays.copyOfRange(flat, r * columns, (r + 1) * columns);
        }
        return rows;
    }

    /** Flat {@code [clips * frames, mels]} features (the layout of {@link #features}) back as {@code [clip][mel][frame]}. */
    static float[][][] clipsOf(INDArray flatFeatures, int clips, int frames, int mels) {
        float[] flat = flat(flatFeatures);
        float[][][] out = new float[clips][mels][frames];
        for (int c = 0; c < clips; c++) {
            for (int f = 0; f < frames; f++) {
                int base = (c * frames + f) * mels;
                for (int m = 0; m < mels; m++) {
                    out[c][m][f] = flat[base + m];
                }
            }
        }
        return out;
    }

    /** A matrix's rows in double precision. */
    static double[][] doubleMatrix(INDArray array) {
        float[] flat = flat(array);
        int columns = Math.toIntExact(array.size(1));
        double[][] rows = new double[Math.toIntExact(array.size(0))][columns];
        for (int i = 0; i < flat.length; i++) {
            rows[i / columns][i % columns] = flat[i];
        }
        return rows;
    }

    /**
     * A C-order copy of {@code array}'s elements. Bulk copies through the NIO view: ND4J's own
     * {@code asFloat()}, {@code toFloatMatrix()} and {@code Nd4j.create(float[], ...)} copy element by element
     * ({@code toDoubleMatrix()} took 0.45 ms for 16 x 7 values).
     */
    static float[] flat(INDArray array) {
        if (inBufferOrder(array)) {
            return read(array);
        }
        try (INDArray contiguous = array.dup('c')) { // a fresh buffer: exactly these elements, offset 0
            return read(contiguous);
        }
    }

    /** Whether {@code array}'s elements are its buffer's first ones, in C order, so the buffer can be read as is. */
    static boolean inBufferOrder(INDArray array) {
        return array.ordering() == 'c' && array.offset() == 0 && Shape.hasDefaultStridesForShape(array);
    }

    private static float[] read(INDArray inBufferOrder) {
        float[] values = new float[Math.toIntExact(inBufferOrder.length())];
        inBufferOrder.data().asNioFloat().get(values);
        return values;
    }

    /** A new C-order array of {@code shape} holding {@code values}. */
    static INDArray array(float[] values, long... shape) {
        INDArray array = Nd4j.createUninitialized(DataType.FLOAT, shape, 'c');
        array.data().asNioFloat().put(values);
        return array;
    }

    static float[][][][] rank4(INDArray array) {
        long[] shape = array.shape();
        float[] flat = flat(array);
        float[][][][] out = new float[(int) shape[0]][(int) shape[1]][(int) shape[2]][(int) shape[3]];
        int i = 0;
        for (float[][][] a : out) {
            for (float[][] b : a) {
                for (float[] row : b) {
                    System.arraycopy(flat, i, row, 0, row.length);
                    i += row.length;
                }
            }
        }
        return out;
    }
}
