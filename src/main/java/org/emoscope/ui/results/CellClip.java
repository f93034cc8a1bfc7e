package org.emoscope.ui.results;

import java.util.Objects;
import org.emoscope.evaluation.Prediction;

/**
 * A clip behind a confusion-matrix cell.
 *
 * @param prediction     its test prediction
 * @param trueLabel      the annotated class
 * @param predictedLabel the class the model chose
 */
public record CellClip(Prediction prediction, String trueLabel, String predictedLabel) {

    public CellClip {
        Objects.requireNonNull(prediction, "prediction");
    }

    /** The clip's path relative to its corpus root. */
    public String clipId() {
        return prediction.clipId();
    }

    /** The speaker key, e.g. {@code "emodb:03"}. */
    public String speaker() {
        return prediction.speaker();
    }

    public String foldId() {
        return prediction.foldId();
    }

    /** The model's probability for the class it chose. */
    public double confidence() {
        return prediction.probabilities()[prediction.predictedClass()];
    }
}
