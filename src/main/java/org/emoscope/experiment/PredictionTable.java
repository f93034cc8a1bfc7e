package org.emoscope.experiment;

import org.emoscope.evaluation.Prediction;

import java.util.List;

/**
 * The content of {@code predictions.csv}: class labels and the test predictions over them.
 *
 * @param labels      class names; a prediction's class indices index this list
 * @param predictions in file order
 */
public record PredictionTable(List<String> labels, List<Prediction> predictions) {

    public PredictionTable {
        labels = List.copyOf(labels);
        predictions = List.copyOf(predictions);
    }
}
