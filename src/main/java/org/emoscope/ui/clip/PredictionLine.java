package org.emoscope.ui.clip;

import java.util.Locale;
import org.emoscope.corpus.Emotion;

/** A prediction beside the label in one line: "Predicted anger (86 %) · labelled anger ✓". Stateless. */
final class PredictionLine {
    private PredictionLine() {
    }

    static String of(Emotion predicted, double probability, Emotion labelled) {
        // The no-break space keeps the ✓ or ✗ on its label's line.
        return String.format(Locale.ROOT, "Predicted %s (%.0f %%) · labelled %s\u00a0%s", predicted.label(),
                100 * probability, labelled.label(), predicted == labelled ? "✓" : "✗");
    }
}
