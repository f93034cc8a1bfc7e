package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class GemmTest {

    /** The product by definition, in double precision. */
    private static double[][] reference(INDArray a, boolean transposeA, INDArray b, boolean transposeB) {
        double[][] x = Tensors.doubleMatrix(transposeA ? a.transpose() : a);
        double[][] y = Tensors.doubleMatrix(transposeB ? b.transpose() : b);
        double[][] out = new double[x.length][y[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                for (int k = 0; k < y.length; k++) {
                    out[i][j] += x[i][k] * y[k][j];
                }
            }
        }
        return out;
    }

    private static void assertClose(INDArray actual, double[][] expected) {
        double[][] values = Tensors.doubleMatrix(actual);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertThat(values[i][j]).as("(%d, %d)", i, j).isCloseTo(expected[i][j], org.assertj.core.data.Offset.offset(1e-4));
            }
        }
    }

    @Test
    void multipliesEveryCombinationOfTransposes() {
        Nd4j.getRandom().setSeed(3);
        for (boolean ta : new boolean[] {false, true}) {
            for (boolean tb : new boolean[] {false, true}) {
                INDArray a = ta ? Nd4j.randn(DataType.FLOAT, 7, 5) : Nd4j.randn(DataType.FLOAT, 5, 7);
                INDArray b = tb ? Nd4j.randn(DataType.FLOAT, 3, 7) : Nd4j.randn(DataType.FLOAT, 7, 3);
                INDArray c = Nd4j.create(DataType.FLOAT, 5, 3);
                Gemm.into(a, ta, b, tb, c, 1f, 0f);
                assertClose(c, reference(a, ta, b, tb));
            }
        }
    }

    @Test
    void readsAndWritesSlicesOfLargerArrays() {
        Nd4j.getRandom().setSeed(4);
        INDArray weights = Nd4j.randn(DataType.FLOAT, 2, 6, 4); // as the BLSTM's [direction, in, 4H]
        INDArray input = Nd4j.randn(DataType.FLOAT, 5, 6);
        INDArray out = Nd4j.create(DataType.FLOAT, 2, 5, 4);
        Gemm.into(input, false, weights.slice(1), false, out.slice(1), 1f, 0f);
        assertClose(out.slice(1), reference(input, false, weights.slice(1), false));
        assertThat(out.slice(0).sumNumber().doubleValue()).isZero();

        INDArray wide = Nd4j.randn(DataType.FLOAT, 5, 10);
        INDArray columns = wide.get(NDArrayIndex.all(), NDArrayIndex.interval(4, 10)); // rows 10 apart, 6 wide
        INDArray c = Nd4j.create(DataType.FLOAT, 5, 4);
        Gemm.into(columns, false, weights.slice(0), false, c, 1f, 0f);
        assertClose(c, reference(columns, false, weights.slice(0), false));
    }

    @Test
    void accumulatesWithBetaOneAndScalesByAlpha() {
        Nd4j.getRandom().setSeed(5);
        INDArray a = Nd4j.randn(DataType.FLOAT, 4, 3);
        INDArray b = Nd4j.randn(DataType.FLOAT, 3, 2);
        INDArray c = Nd4j.ones(DataType.FLOAT, 4, 2);
        Gemm.into(a, false, b, false, c, 2f, 1f);
        double[][] expected = reference(a, false, b, false);
        for (double[] row : expected) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 2 * row[j] + 1;
            }
        }
        assertClose(c, expected);
        assertClose(Gemm.product(a, b), reference(a, false, b, false));
    }

    @Test
    void rejectsShapesThatDoNotFitAndColumnMajorOperands() {
        INDArray a = Nd4j.create(DataType.FLOAT, 4, 3);
        assertThatThrownBy(() -> Gemm.into(a, false, Nd4j.create(DataType.FLOAT, 2, 2), false,
                Nd4j.create(DataType.FLOAT, 4, 2), 1f, 0f)).hasMessageContaining("[4, 3] x [2, 2]");
        assertThatThrownBy(() -> Gemm.into(a.transpose(), false, Nd4j.create(DataType.FLOAT, 4, 2), false,
                Nd4j.create(DataType.FLOAT, 3, 2), 1f, 0f)).hasMessageContaining("row-major");
    }
}
