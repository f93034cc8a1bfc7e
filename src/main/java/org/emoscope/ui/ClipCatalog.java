package org.emoscope.ui;

import java.util.Optional;
import org.emoscope.corpus.Clip;

/** Finds the clips of the open corpora by the identity that predictions carry. Call it on the FX thread. */
@FunctionalInterface
public interface ClipCatalog {
    /**
     * @param speakerKey   e.g. {@code "emodb:03"}
     * @param relativePath the clip's path relative to its corpus root, as in {@code predictions.csv}
     * @return the clip, when a corpus that holds it is open
     */
    Optional<Clip> find(String speakerKey, String relativePath);
}
