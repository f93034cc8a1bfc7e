package org.emoscope.model;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What a checkpoint holds beyond the weights, so that training resumes exactly.
 *
 * @param stepsTaken   completed training steps
 * @param masksDrawn   dropout masks handed out so far (the dropout stream's whole state)
 * @param accumulators RMSProp mean squares by parameter name (absent before a parameter's first update)
 */
record TrainingState(long stepsTaken, long masksDrawn, Map<String, INDArray> accumulators) {
    static final TrainingState FRESH = new TrainingState(0, 0, Map.of());
}
