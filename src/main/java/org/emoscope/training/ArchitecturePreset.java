package org.emoscope.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.emoscope.model.ModelArchitecture;

/**
 * Named network sizes. A preset fixes every size of the {@link ModelArchitecture} except its
 * dropout, which is a training choice kept in the architecture (the one place the network reads it
 * from); {@link #CUSTOM} fixes nothing.
 */
public enum ArchitecturePreset {
    /** {@link ModelArchitecture#paper()}: the sizes of Fu et al. */
    PAPER,
    /** {@link ModelArchitecture#compact()}: the same topology sized for a laptop CPU. */
    COMPACT,
    /** Sizes given by hand. */
    CUSTOM;

    /** The lower-case name used in JSON and on the command line, e.g. {@code "paper"}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The preset with the given {@link #label()}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the label and the valid ones
     */
    @JsonCreator
    public static ArchitecturePreset fromLabel(String label) {
        return EnumLabels.parse(values(), ArchitecturePreset::label, label, "architecture preset");
    }

    /** The preset's sizes with its own dropout (0.35 for both); empty for {@link #CUSTOM}. */
    public Optional<ModelArchitecture> architecture() {
        return switch (this) {
            case PAPER -> Optional.of(ModelArchitecture.paper());
            case COMPACT -> Optional.of(ModelArchitecture.compact());
            case CUSTOM -> Optional.empty();
        };
    }

    /**
     * Whether {@code architecture} has this preset's sizes, whatever its dropout and input frames (which the
     * training recipe sets); always true for {@link #CUSTOM}.
     */
    public boolean fixesSizesOf(ModelArchitecture architecture) {
        return architecture().map(sizes -> withFrames(withDropout(sizes, architecture.dropout()),
                architecture.frames()).equals(architecture)).orElse(true);
    }

    /** {@code architecture} with another input frame count and every other size unchanged. */
    public static ModelArchitecture withFrames(ModelArchitecture a, int frames) {
        return new ModelArchitecture(a.nMels(), frames, a.convFilters(), a.convKernels(), a.bottleneck(),
                a.lstmUnits(), a.lstmLayers(), a.heads(), a.attentionDim(), a.dropout());
    }

    /** {@code architecture} with another dropout and every size unchanged. */
    static ModelArchitecture withDropout(ModelArchitecture a, double dropout) {
        return new ModelArchitecture(a.nMels(), a.frames(), a.convFilters(), a.convKernels(), a.bottleneck(),
                a.lstmUnits(), a.lstmLayers(), a.heads(), a.attentionDim(), dropout);
    }
}
