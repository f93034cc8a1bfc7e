package org.emoscope.experiment;

import java.time.Instant;
import java.util.Objects;

/**
 * The latest complete checkpoint of a fold ({@code checkpoints/fold-<id>/checkpoint.json}).
 * File names are relative to the fold's checkpoint folder. The model file holds the whole training state (weights,
 * optimiser accumulators, random streams); a {@code stateFiles} field that runs of an earlier design wrote beside it
 * is ignored. Immutable.
 *
 * @param foldId     the fold
 * @param epoch      the epoch the checkpoint was taken after
 * @param modelFile  the model file, {@code epoch-<n>.zip}
 * @param bestEpoch  the best epoch so far by the selection score
 * @param bestScore  that epoch's selection score
 * @param savedAt    when the checkpoint was committed
 */
public record Checkpoint(String foldId, int epoch, String modelFile, int bestEpoch, double bestScore,
                         Instant savedAt) {

    public Checkpoint {
        Objects.requireNonNull(foldId, "foldId");
        Objects.requireNonNull(modelFile, "modelFile");
    }
}
