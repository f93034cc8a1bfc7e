package org.emoscope.training;

/** What a training run is doing when it reports {@link TrainingProgress}. */
public enum TrainingPhase {
    /** Computing or loading the log-Mel features and normalisation statistics of a fold. */
    PREPARING_FEATURES,
    /** Running mini-batches of an epoch. */
    TRAINING,
    /** Scoring an epoch on the validation clips. */
    VALIDATING,
    /** Scoring the kept epoch on the test clips. */
    TESTING,
    /** The fold (or, on the last fold, the run) is finished. */
    DONE
}
