package org.emoscope.model;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Matrix products {@code C = alpha op(A) op(B) + beta C} for the network. On the CPU backend they call
 * OpenBLAS's {@code cblas_sgemm} directly on the arrays' buffers: ND4J's {@code Nd4j.gemm} reaches the same
 * routine through a custom op that took 8-28 % longer on the network's shapes (e.g. {@code [2464, 384] x [384,
 * 256]}: 3.7 against 2.9 ms, development VM, docs/benchmarks.md). On a GPU build ND4J's own product is used.
 *
 * <p>Operands are row-major matrices whose rows are contiguous ({@code stride(1) == 1}); rows may be further
 * apart than their width (views into a wider matrix). Called from one thread at a time, like the rest of
 * ND4J.
 */
final class Gemm {
    private static final int ROW_MAJOR = openblas_nolapack.CblasRowMajor;
    private static final int NO_TRANS = openblas_nolapack.CblasNoTrans;
    private static final int TRANS = openblas_nolapack.CblasTrans;
    private static final boolean DIRECT = !ComputeBackend.current().kind().equals("GPU");

    private Gemm() {
    }

    /** {@code a b} as a new C-order array. */
    static INDArray product(INDArray a, INDArray b) {
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, new long[] {a.size(0), b.size(1)}, 'c');
        into(a, false, b, false, out, 1f, 0f);
        return out;
    }

    /** {@code c = alpha op(a) op(b) + beta c}; {@code op} transposes where asked. */
    static void into(INDArray a, boolean transposeA, INDArray b, boolean transposeB, INDArray c,
                     float alpha, float beta) {
        long m = c.size(0);
        long n = c.size(1);
        long k = transposeA ? a.size(0) : a.size(1);
        long bRows = transposeB ? b.size(1) : b.size(0);
        if (k != bRows || m != (transposeA ? a.size(1) : a.size(0)) || n != (transposeB ? b.size(0) : b.size(1))) {
            throw new IllegalArgumentException("GEMM shapes do not fit: " + shape(a, transposeA) + " x "
                    + shape(b, transposeB) + " into " + c.shapeInfoToString());
        }
        if (!DIRECT) {
            Nd4j.gemm(a, b, c, transposeA, transposeB, alpha, beta);
            return;
        }
        openblas_nolapack.cblas_sgemm(ROW_MAJOR, transposeA ? TRANS : NO_TRANS, transposeB ? TRANS : NO_TRANS,
                Math.toIntExact(m), Math.toIntExact(n), Math.toIntExact(k), alpha,
                pointer(a), rowStride(a), pointer(b), rowStride(b), beta, pointer(c), rowStride(c));
    }

    private static String shape(INDArray matrix, boolean transposed) {
        return transposed ? "[" + matrix.size(0) + ", " + matrix.size(1) + "]^T"
                : "[" + matrix.size(0) + ", " + matrix.size(1) + "]";
    }

    private static FloatPointer pointer(INDArray matrix) {
        if (matrix.dataType() != DataType.FLOAT || matrix.rank() != 2) {
            throw new IllegalArgumentException("GEMM needs float matrices, got " + matrix.dataType() + " rank " + matrix.rank());
        }
        return new FloatPointer(matrix.data().addressPointer()); // a view's buffer starts at the view's offset
    }

    /** The distance between rows (BLAS's leading dimension); the elements of a row must be adjacent. */
    private static int rowStride(INDArray matrix) {
        if (matrix.size(1) > 1 && matrix.stride(1) != 1 || matrix.size(0) > 1 && matrix.stride(0) < matrix.size(1)) {
            throw new IllegalArgumentException("GEMM needs row-major matrices, got strides "
                    + matrix.stride(0) + ", " + matrix.stride(1));
        }
        return Math.toIntExact(matrix.size(0) > 1 ? matrix.stride(0) : matrix.size(1));
    }
}
