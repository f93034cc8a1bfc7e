package org.emoscope.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Every trainable array of a network, in graph order: the blocks in the order the data flows through them, each
 * with its own declaration. The single source of truth for what a network holds and what a model file must
 * contain.
 */
final class NetworkParameters {
    private NetworkParameters() {
    }

    static List<ParameterSpec> of(ModelArchitecture architecture, int emotions, int speakers) {
        List<ParameterSpec> specs = new ArrayList<>(ConvolutionFront.parameters(architecture));
        for (int layer = 0; layer < architecture.lstmLayers(); layer++) {
            specs.addAll(BidirectionalLstm.parameters(layer, architecture.lstmInputs(layer), architecture.lstmUnits()));
        }
        specs.addAll(AttentionClassifier.parameters(architecture, emotions, speakers));
        return List.copyOf(specs);
    }
}
