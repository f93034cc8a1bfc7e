/**
 * The baseline every comparison carries: per-clip functionals of the standardised log-Mel bands
 * ({@link org.emoscope.features.LogMelFunctionals}) classified by an L2-regularised multinomial logistic
 * regression (Smile's), trained and tested on exactly the folds and normalisation a network run of the
 * same {@link org.emoscope.training.TrainingConfig} would use. Nothing here loads ND4J or prints.
 */
package org.emoscope.training.baseline;
