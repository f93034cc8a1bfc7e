package org.emoscope.experiment;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The latest complete checkpoint of a fold ({@code checkpoints/fold-<id>/checkpoint.json}).
 * File names are relative to the fold's checkpoint folder. Immutable.
 *
 * @param foldId     the fold
 * @param epoch      the epoch the checkpoint was taken after
 * @param modelFile  the model file, {@code epoch-<n>.zip}
 * @param bestEpoch  the best epoch so far by the selection score
 * @param bestScore  that epoch's selection score
 * @param stateFiles kind → file name of extra state saved with the model (e.g. RNG, optimizer); may be empty
 * @param savedAt    when the checkpoint was committed
 */
public record Checkpoint(String foldId, int epoch, String modelFile, int bestEpoch, double bestScore,
                         Map<String, String> stateFiles, Instant savedAt) {

    public Checkpoint {
        Objects.requireNonNull(foldId, "foldId");
        Objects.requireNonNull(modelFile, "modelFile");
        stateFiles = stateFiles == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(stateFiles));
    }
}
