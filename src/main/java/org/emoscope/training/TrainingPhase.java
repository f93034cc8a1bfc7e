package org.emoscope.training;

/** What a training run is doing when it reports {@link TrainingProgress}. */
public enum TrainingPhase {
    /** Computing or loading the log-Mel features and normalisation statistics of a fold. */
    PREPARING_FEATURES,
    /** Running mini-batches of an epoch. */
    TRAINING,
    /** An epoch has been scored on the training probe, validation and test clips. */
    VALIDATING
}
