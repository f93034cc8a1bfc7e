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
        double flops = 0;
        int steps = a.frames();
        int channels = a.nMels();
        for (int layer = 0; layer < ModelArchitecture.CONV_LAYERS; layer++) {
            int kernel = a.convKernels().get(layer);
            int filters = a.convFilters().get(layer);
            steps -= kernel - 1;
            flops += 2.0 * steps * kernel * channels * filters;
            channels = filters;
        }
        flops += 2.0 * steps * channels * a.bottleneck();
        int input = a.bottleneck();
        for (int layer = 0; layer < a.lstmLayers(); layer++) {
            // Two directions, four gates, each over [input, previous output].
            flops += 2.0 * 2 * steps * 4.0 * a.lstmUnits() * (input + a.lstmUnits());
            input = a.sequenceWidth();
        }
        int width = a.sequenceWidth();
        flops += 2.0 * steps * width * 3.0 * a.attentionDim();
        flops += 2.0 * 2 * (double) steps * steps * a.attentionDim();
        flops += 2.0 * steps * a.attentionDim() * width;
        flops += 2.0 * steps * width;
        flops += 2.0 * width * (emotions + speakers);
        return flops;
    }

    public static double trainingPerClip(ModelArchitecture a, int emotions, int speakers) {
        return TRAINING_FACTOR * forwardPerClip(a, emotions, speakers);
    }
}
