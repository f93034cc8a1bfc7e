package org.emoscope.model;

/**
 * A training step produced a NaN or infinite loss; the parameters were left as they were before the step.
 * Usually a learning rate that is too high or features that contain NaN.
 */
public class NonFiniteLossException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final StepLosses losses;

    public NonFiniteLossException(long step, StepLosses losses) {
        super("Training step " + step + " produced a non-finite loss (emotion cross-entropy "
                + losses.emotionCrossEntropy() + ", speaker cross-entropy " + losses.speakerCrossEntropy()
                + ", total " + losses.total() + "); parameters were not updated. "
                + "Check the features for NaN values or lower the learning rate.");
        this.losses = losses;
    }

    public StepLosses losses() {
        return losses;
    }
}
