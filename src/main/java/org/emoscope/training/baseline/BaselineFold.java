package org.emoscope.training.baseline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emoscope.evaluation.Prediction;

/**
 * What the baseline did in one fold. Immutable.
 *
 * @param foldId          the fold's id, as in the predictions
 * @param lambda          the L2 weight of the model that predicted the test clips
 * @param validationUa    λ → UA on the speakers λ was chosen on, in candidate order; empty when λ was fixed
 * @param selectedOn      the speakers λ was chosen on (never a test speaker); empty when λ was fixed
 * @param trainingClips   clips the final model was fitted on
 * @param seconds         wall time of the fold, features excluded
 * @param predictions     one per test clip, with the probability of every run class
 */
public record BaselineFold(String foldId, double lambda, Map<Double, Double> validationUa, List<String> selectedOn,
                           int trainingClips, double seconds, List<Prediction> predictions) {
    public BaselineFold {
        selectedOn = List.copyOf(selectedOn);
        validationUa = Collections.unmodifiableMap(new LinkedHashMap<>(validationUa));
        predictions = List.copyOf(predictions);
    }
}
