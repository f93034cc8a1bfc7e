package org.emoscope.ui.controls;

import java.util.Locale;
import org.emoscope.evaluation.ConfusionMatrix;

/**
 * One cell of a confusion matrix.
 *
 * @param trueClass      its row
 * @param predictedClass its column
 */
public record MatrixCell(int trueClass, int predictedClass) {

    public MatrixCell {
        if (trueClass < 0 || predictedClass < 0) {
            throw new IllegalArgumentException("cell indices must not be negative: " + trueClass + ", "
                    + predictedClass);
        }
    }

    /** Whether the cell lies inside a matrix of {@code classes} classes. */
    public boolean isInside(int classes) {
        return trueClass < classes && predictedClass < classes;
    }

    /**
     * E.g. "True anger → predicted happiness: 5 clips, 12.5 % of the 40 anger clips"; the cell must
     * lie inside the matrix.
     */
    public String describe(ConfusionMatrix matrix) {
        String trueLabel = matrix.labels().get(trueClass);
        long count = matrix.count(trueClass, predictedClass);
        long support = matrix.support(trueClass);
        String share = support == 0 ? "no " + trueLabel + " clips in this set"
                : String.format(Locale.ROOT, "%.1f %% of the %d %s %s", 100.0 * count / support, support, trueLabel,
                        support == 1 ? "clip" : "clips");
        return "True " + trueLabel + " → predicted " + matrix.labels().get(predictedClass) + ": " + count
                + (count == 1 ? " clip, " : " clips, ") + share;
    }
}
