package org.emoscope.experiment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.training.TrainingConfig;

/**
 * The configurations of a grid: a base configuration, optionally the paper's four (single task, multitask,
 * cross-language, multitask cross-language), crossed with sweeps of single fields ({@code theta=0,0.3,1}).
 * Each configuration is named after what sets it apart, e.g. {@code multitask_lr-0.0005}; the base alone is
 * {@code base}. A language-mix sweep ({@code fraction}) varies only configurations that add a corpus. Stateless.
 */
public final class GridSweep {
    /** The fields a sweep may vary, with the flag-like names a sweep gives them. */
    public enum Field {
        GAMMA("gamma"), THETA("theta"), FRACTION("fraction"), PRESET("preset"), LR("lr");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Field of(String label) {
            for (Field field : values()) {
                if (field.label.equals(label)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("cannot sweep \"" + label + "\"; sweepable fields: "
                    + String.join(", ", Arrays.stream(values()).map(Field::label).toList()));
        }
    }

    /** One swept field and its values, as text. */
    public record Sweep(Field field, List<String> values) {
        public Sweep {
            values = List.copyOf(values);
        }

        /**
         * Parses {@code FIELD=V1,V2,…}.
         *
         * @throws IllegalArgumentException naming the sweep when it is not of that form
         */
        public static Sweep parse(String text) {
            int equals = text.indexOf('=');
            if (equals <= 0 || equals == text.length() - 1) {
                throw new IllegalArgumentException("--sweep " + text + ": give FIELD=V1,V2,… e.g. theta=0,0.3,1");
            }
            List<String> values = List.of(text.substring(equals + 1).split(","));
            if (values.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("--sweep " + text + ": a value is empty");
            }
            return new Sweep(Field.of(text.substring(0, equals).strip()), values.stream().map(String::strip).toList());
        }
    }

    private GridSweep() {
    }

    /**
     * The grid's configurations, in order: the paper's four (or the base), each crossed with every sweep in order.
     *
     * @param paperFour with the other-language corpus of the cross-language configurations, the paper's four
     *                  instead of the base (the base's other settings apply to each); null for the base alone
     * @throws IllegalArgumentException when a value does not fit its field, or a field is swept twice
     */
    public static Map<String, TrainingConfig> configurations(TrainingConfig base, Path paperFour, List<Sweep> sweeps) {
        // Each configuration with the parts of its name: what sets it apart from the base.
        Map<List<String>, TrainingConfig> configurations = new LinkedHashMap<>();
        if (paperFour == null) {
            configurations.put(List.of(), base);
        } else {
            for (Ablation.Configuration configuration : Ablation.Configuration.values()) {
                TrainingConfig paper = configuration.config(base.targetCorpus(), paperFour);
                configurations.put(List.of(configuration.folder()), base.toBuilder()
                        .lossWeights(paper.gamma(), paper.theta()).addedCorpora(paper.addedCorpora()).build());
            }
        }
        List<Field> swept = new ArrayList<>();
        for (Sweep sweep : sweeps) {
            if (swept.contains(sweep.field())) {
                throw new IllegalArgumentException("--sweep " + sweep.field().label() + " is given twice");
            }
            swept.add(sweep.field());
            if (sweep.field() == Field.FRACTION
                    && configurations.values().stream().allMatch(config -> config.addedCorpora().isEmpty())) {
                throw new IllegalArgumentException("--sweep fraction needs a corpus added with --add (or the"
                        + " paper's cross-language configurations)");
            }
            Map<List<String>, TrainingConfig> crossed = new LinkedHashMap<>();
            for (Map.Entry<List<String>, TrainingConfig> entry : configurations.entrySet()) {
                if (sweep.field() == Field.FRACTION && entry.getValue().addedCorpora().isEmpty()) {
                    crossed.put(entry.getKey(), entry.getValue()); // nothing to mix in: one configuration
                    continue;
                }
                for (String value : sweep.values()) {
                    List<String> name = new ArrayList<>(entry.getKey());
                    name.add(sweep.field().label() + "-" + value);
                    crossed.put(name, with(entry.getValue(), sweep.field(), value));
                }
            }
            configurations = crossed;
        }
        Map<String, TrainingConfig> named = new LinkedHashMap<>();
        configurations.forEach((name, config) -> named.put(name.isEmpty() ? "base" : String.join("_", name), config));
        return named;
    }

    private static TrainingConfig with(TrainingConfig config, Field field, String value) {
        TrainingConfig.Builder builder = config.toBuilder();
        return switch (field) {
            case GAMMA -> builder.lossWeights(number(field, value), config.theta()).build();
            case THETA -> builder.lossWeights(config.gamma(), number(field, value)).build();
            case LR -> builder.learningRate(number(field, value)).build();
            case PRESET -> builder.preset(ArchitecturePreset.fromLabel(value)).build();
            case FRACTION -> {
                List<AddedCorpus> added = config.addedCorpora().stream()
                        .map(corpus -> new AddedCorpus(corpus.folder(), number(field, value))).toList();
                yield builder.addedCorpora(added).build();
            }
        };
    }

    private static double number(Field field, String value) {
        try {
            return new BigDecimal(value).doubleValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sweep " + field.label() + ": \"" + value + "\" is not a number");
        }
    }
}
