package org.emoscope.training.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticRegressionModelTest {
    private static final BaselineSettings SETTINGS = BaselineSettings.defaults();

    /** Three well-separated clouds in 4-D, classes 0, 2 and 3 of a five-class run (1 and 4 never trained). */
    private static double[][] clouds(int perClass, int[] classes, int[] labelsOut, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[perClass * classes.length][];
        for (int c = 0; c < classes.length; c++) {
            for (int i = 0; i < perClass; i++) {
                double[] row = new double[4];
                for (int j = 0; j < 4; j++) {
                    row[j] = random.nextGaussian() * 0.3 + (j == c ? 3 : 0) + 100 * j; // offsets test standardisation
                }
                x[c * perClass + i] = row;
                labelsOut[c * perClass + i] = classes[c];
            }
        }
        return x;
    }

    @Test
    void separableCloudsArePredictedWithProbabilitiesInRunClassOrder() throws Exception {
        int[] classes = {0, 2, 3};
        int[] y = new int[60];
        double[][] x = clouds(20, classes, y, 1);

        LogisticRegressionModel model = LogisticRegressionModel.fit(x, y, 5, 1.0, SETTINGS, "test");

        assertThat(model.trainedClasses()).containsExactly(0, 2, 3);
        int[] yTest = new int[30];
        double[][] test = clouds(10, classes, yTest, 2);
        for (int i = 0; i < test.length; i++) {
            double[] p = model.probabilities(test[i]);
            assertThat(p).hasSize(5);
            assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(p[1]).isZero();
            assertThat(p[4]).isZero();
            int predicted = 0;
            for (int k = 1; k < p.length; k++) {
                predicted = p[k] > p[predicted] ? k : predicted;
            }
            assertThat(predicted).isEqualTo(yTest[i]);
        }
    }

    @Test
    void twoClassesFallBackToTheBinomialModel() throws Exception {
        int[] y = new int[40];
        double[][] x = clouds(20, new int[] {1, 3}, y, 3);

        LogisticRegressionModel model = LogisticRegressionModel.fit(x, y, 4, 1.0, SETTINGS, "test");

        double[] p = model.probabilities(x[0]);
        assertThat(p).hasSize(4);
        assertThat(p[1]).isGreaterThan(0.5);
        assertThat(p[1] + p[3]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void largerLambdaShrinksTowardsTheClassPriors() throws Exception {
        int[] y = new int[60];
        double[][] x = clouds(20, new int[] {0, 1, 2}, y, 4);

        double weak = LogisticRegressionModel.fit(x, y, 3, 0.1, SETTINGS, "test").probabilities(x[0])[0];
        double strong = LogisticRegressionModel.fit(x, y, 3, 1e6, SETTINGS, "test").probabilities(x[0])[0];

        assertThat(weak).isGreaterThan(0.9);
        assertThat(strong).isCloseTo(1.0 / 3, within(0.05));
    }

    @Test
    void oneEmotionIsReportedWithTheFold() {
        double[][] x = {{1, 2}, {2, 3}};

        assertThatThrownBy(() -> LogisticRegressionModel.fit(x, new int[] {2, 2}, 3, 1.0, SETTINGS, "fold emodb:03"))
                .isInstanceOf(BaselineException.class).hasMessageContaining("fold emodb:03")
                .hasMessageContaining("at least two");
    }

    @Test
    void settingsListEveryProblem() {
        BaselineSettings bad = new BaselineSettings(java.util.List.of(-1.0, Double.NaN), -2, 0, 0);

        assertThat(bad.validate()).hasSize(5);
        assertThat(BaselineSettings.defaults().validate()).isEmpty();
        assertThat(BaselineSettings.defaults().withLambdas(java.util.List.of(5.0)).selectsLambda()).isFalse();
        assertThat(BaselineSettings.defaults().withFixedLambda(5).lambdaRule()).isEqualTo("fixed λ 5");
    }
}
