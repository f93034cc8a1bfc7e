package org.emoscope.training;

import org.emoscope.io.AtomicFiles;
import org.emoscope.io.JsonProblems;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.emoscope.model.ModelArchitecture;

/**
 * The JSON form of a {@link TrainingConfig}. Writing puts out every field. Reading is tolerant:
 * unknown fields are ignored and a missing field takes its value from the file's {@code recipe} applied to
 * {@link TrainingConfig#defaults(Path)} ({@link Recipe#DEFAULT} when none is named; a format-1 file, written
 * before recipes existed, was trained the paper's way and reads with {@link Recipe#PAPER}); a missing or
 * partial {@code architecture} is completed from the preset's sizes
 * ({@code paper} for {@code custom}), a partial {@code features} object from
 * {@link org.emoscope.features.MelSpectrogramConfig#paper()}. A file of a newer format version is
 * refused. Reading does not validate: call {@link TrainingConfig#validate()}. Stateless and thread-safe.
 */
public final class TrainingConfigJson {
    private static final String ARCHITECTURE = "architecture";
    private static final String PRESET = "preset";
    private static final String RECIPE = "recipe";
    private static final String MAX_FRAMES = "maxFrames";
    private static final String FRAMES = "frames";
    /** The format version that added recipes, normalisation choices, masking and learning-rate schedules. */
    private static final int RECIPES_SINCE_VERSION = 2;

    private TrainingConfigJson() {
    }

    public static String toJson(TrainingConfig config) {
        try {
            return TrainingJson.MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write training configuration as JSON", e);
        }
    }

    /**
     * Reads a configuration from JSON text.
     *
     * @param source names the text in error messages, e.g. the file name
     * @throws TrainingFormatException naming {@code source} when the text is not a configuration
     */
    public static TrainingConfig fromJson(String json, String source) throws TrainingFormatException {
        JsonNode root;
        try {
            root = TrainingJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new TrainingFormatException(source + ": not valid JSON (" + JsonProblems.describe(e) + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new TrainingFormatException(source + ": a training configuration must be a JSON object");
        }
        return fromTree((ObjectNode) root, source);
    }

    /** {@link #fromJson} of a parsed object; a field of the wrong kind fails with Jackson's exception as the cause. */
    static TrainingConfig fromTree(ObjectNode root, String source) throws TrainingFormatException {
        int version = root.path("formatVersion").asInt(TrainingConfig.FORMAT_VERSION);
        if (version > TrainingConfig.FORMAT_VERSION) {
            throw new TrainingFormatException(source + ": format version " + version
                    + " was written by a newer Emoscope; this one reads up to " + TrainingConfig.FORMAT_VERSION);
        }
        try {
            return TrainingJson.MAPPER.treeToValue(withDefaults(root, version), TrainingConfig.class);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw new TrainingFormatException(source + ": " + rootCauseMessage(e), e);
        }
    }

    /** Writes the configuration to {@code file} atomically, so readers never see half of it. */
    public static void write(TrainingConfig config, Path file) throws IOException {
        AtomicFiles.write(file, toJson(config).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a configuration file; errors name the file. */
    public static TrainingConfig read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    private static ObjectNode withDefaults(ObjectNode given, int version) {
        Recipe recipe = given.hasNonNull(RECIPE) ? Recipe.fromLabel(given.get(RECIPE).asText())
                : version < RECIPES_SINCE_VERSION ? Recipe.PAPER : Recipe.DEFAULT;
        ObjectNode merged = TrainingJson.MAPPER.valueToTree(TrainingConfig.defaults(null).toBuilder().recipe(recipe).build());
        merged.setAll(given);
        merged.put("formatVersion", TrainingConfig.FORMAT_VERSION);
        ArchitecturePreset preset = ArchitecturePreset.fromLabel(merged.path(PRESET).asText());
        ModelArchitecture base = preset.architecture().orElse(ModelArchitecture.paper());
        ObjectNode architecture = TrainingJson.MAPPER.valueToTree(base);
        if (merged.path(MAX_FRAMES).asInt() > 0) {
            architecture.put(FRAMES, merged.path(MAX_FRAMES).asInt()); // a fixed count is the network's input
        }
        if (given.path(ARCHITECTURE).isObject()) {
            architecture.setAll((ObjectNode) given.get(ARCHITECTURE));
        }
        merged.set(ARCHITECTURE, architecture);
        return merged;
    }

    private static String rootCauseMessage(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return cause.getMessage();
    }
}
