package org.emoscope.evaluation;

import java.util.List;

/**
 * Queries over lists of predictions, for drilling down from a report to the clips behind a number.
 * Stateless and thread-safe.
 */
public final class Predictions {
    private Predictions() {
    }

    /**
     * The predictions of one confusion-matrix cell, in list order.
     *
     * @param trueClass      row of the cell
     * @param predictedClass column of the cell
     */
    public static List<Prediction> inCell(List<Prediction> predictions, int trueClass, int predictedClass) {
        return predictions.stream()
                .filter(p -> p.trueClass() == trueClass && p.predictedClass() == predictedClass)
                .toList();
    }
}
