/**
 * A training run and what it is made of: the validated {@link org.emoscope.training.TrainingConfig} and its JSON
 * form, the leave-one-speaker-out {@link org.emoscope.training.FoldPlan} with its leak guarantees, the class lists
 * of a fold ({@link org.emoscope.training.LabelMaps}), the training loop ({@link org.emoscope.training.Trainer})
 * with the progress events and per-epoch rows it emits, the choice of the epoch whose weights are kept
 * ({@link org.emoscope.training.ModelSelectionPolicy}), a saved fold model applied to audio files
 * ({@link org.emoscope.training.TrainedModel}, which reads WAV files) and a run's expected duration
 * ({@link org.emoscope.training.DurationEstimate}).
 *
 * <p>The values here are immutable and thread-safe; the trainer and a trained model are used from one thread at a
 * time. Nothing here prints.
 */
package org.emoscope.training;
