package org.emoscope.ui;

import java.util.Optional;
import org.emoscope.corpus.Clip;
import org.emoscope.experiment.RunResults;

/** Finds the clips of the open corpora by the identity that predictions carry. Call it on the FX thread. */
@FunctionalInterface
public interface ClipCatalog {
    /**
     * @param run          the run the prediction belongs to: only a clip of its corpora is the clip meant
     *                     (another open copy of the corpus holds clips of the same names and speakers)
     * @param speakerKey   e.g. {@code "emodb:03"}
     * @param relativePath the clip's path relative to its corpus root, as in {@code predictions.csv}
     * @return the clip, when a corpus of the run that holds it is open
     */
    Optional<Clip> find(RunResults run, String speakerKey, String relativePath);
}
