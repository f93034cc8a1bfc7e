/**
 * The on-disk run folder: configuration, environment, state, per-fold models and checkpoints,
 * training history, predictions and metrics, plus an index over many runs.
 *
 * <p>Every file is replaced atomically ({@link org.emoscope.io.AtomicFiles}), so a reader
 * sees either the previous or the new version, never a half-written one, even after a crash. A run
 * being written is held by a lock file; when its process dies the operating system releases the
 * lock and the run reads as {@link org.emoscope.experiment.RunState#KILLED}.
 */
package org.emoscope.experiment;
