/**
 * What a training run is made of, short of the training loop itself: the validated
 * {@link org.emoscope.training.TrainingConfig} and its JSON form, the leave-one-speaker-out
 * {@link org.emoscope.training.FoldPlan} with its leak guarantees, the class lists of a fold
 * ({@link org.emoscope.training.LabelMaps}), the progress events and per-epoch rows a trainer emits,
 * and the choice of the epoch whose weights are kept ({@link org.emoscope.training.ModelSelectionPolicy}).
 *
 * <p>Everything here is immutable and thread-safe, reads no audio and prints nothing.
 */
package org.emoscope.training;
