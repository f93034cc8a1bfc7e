package org.emoscope.model;

/**
 * Floating-point operations of the network per clip, counted from its matrix products (2 per
 * multiply-add); element-wise work is left out, as is usual. Training costs about three forward
 * passes (forward, gradient w.r.t. activations, gradient w.r.t. weights).
 */
public final class FlopCount {
    private static final double TRAINING_FACTOR = 3.0;

    private FlopCount() {
    }

    /** Forward FLOPs for one clip; about 4.8 GFLOP for the paper preset, ⅔ of it in the third convolution. */
    public static double forwardPerClip(ModelArchitecture a, int emotions, int speakers) {
        double flops = ConvolutionFront.forwardFlops(a);
        for (int layer = 0; layer < a.lstmLayers(); layer++) {
            flops += BidirectionalLstm.forwardFlops(a.steps(), a.lstmInputs(layer), a.lstmUnits());
        }
        return flops + AttentionClassifier.forwardFlops(a, a.steps(), emotions, speakers);
    }

    public static double trainingPerClip(ModelArchitecture a, int emotions, int speakers) {
        return TRAINING_FACTOR * forwardPerClip(a, emotions, speakers);
    }
}
