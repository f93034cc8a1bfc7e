package org.emoscope.evaluation;

import java.util.ArrayList;
import java.util.List;

/** Builds predictions for tests where only the class indices matter. */
final class TestPredictions {
    private TestPredictions() {
    }

    static Prediction prediction(String clipId, String foldId, String speaker, int trueClass, int predictedClass,
                                 int classCount) {
        double[] probabilities = new double[classCount];
        probabilities[predictedClass] = 1.0;
        return new Prediction(clipId, foldId, speaker, trueClass, predictedClass, probabilities);
    }

    /** Predictions realising a confusion matrix, all in one fold and spoken by one speaker. */
    static List<Prediction> realising(long[][] counts, String foldId, String speaker) {
        List<Prediction> predictions = new ArrayList<>();
        for (int t = 0; t < counts.length; t++) {
            for (int p = 0; p < counts.length; p++) {
                for (long i = 0; i < counts[t][p]; i++) {
                    predictions.add(prediction(foldId + "/" + t + "-" + p + "-" + i + ".wav", foldId, speaker, t, p,
                            counts.length));
                }
            }
        }
        return predictions;
    }
}
