package org.emoscope.experiment;

import org.emoscope.io.JsonProblems;

import org.emoscope.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The JSON files of a run: an object whose first field is {@code "formatVersion": 1}, followed by
 * the fields of a record. Reading ignores unknown fields and leaves missing ones to the record's
 * defaults; it refuses a newer format version, which is raised only for incompatible changes.
 * Instants are ISO-8601 strings; NaN is written as the string {@code "NaN"} and read back as NaN.
 * Stateless and thread-safe.
 */
final class JsonFiles {
    static final int FORMAT_VERSION = 1;
    static final String FORMAT_VERSION_FIELD = "formatVersion";

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("emoscope-instant")
                    .addSerializer(Instant.class, new InstantSerializer())
                    .addDeserializer(Instant.class, new InstantDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    /** Writes {@code value} (serialised to a JSON object) atomically, preceded by the format version. */
    static void write(Path file, Object value) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
        JsonNode body = MAPPER.valueToTree(value);
        if (!body.isObject()) {
            throw new IllegalArgumentException(value.getClass().getName() + " does not serialise to a JSON object");
        }
        node.setAll((ObjectNode) body);
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(node));
    }

    /** Reads a file written by {@link #write} as {@code type}. */
    static <T> T read(Path file, Class<T> type) throws ExperimentFolderException {
        return convert(file, readTree(file), type);
    }

    /** Converts a node read from {@code file} to {@code type}, naming the file when it does not fit. */
    static <T> T convert(Path file, JsonNode node, Class<T> type) throws ExperimentFolderException {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ExperimentFolderException(file, "does not hold a valid " + type.getSimpleName() + ": "
                    + problem(e), e);
        }
    }

    /** The JSON object of a file, after checking its format version. */
    static ObjectNode readTree(Path file) throws ExperimentFolderException {
        JsonNode node;
        try {
            node = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ExperimentFolderException(file, "is missing", e);
        } catch (JsonProcessingException e) {
            throw new ExperimentFolderException(file, "is not valid JSON (" + JsonProblems.describe(e) + ")", e);
        } catch (IOException e) {
            throw new ExperimentFolderException(file, "cannot be read: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ExperimentFolderException(file, "is not a JSON object");
        }
        JsonNode version = node.get(FORMAT_VERSION_FIELD);
        // A file without a version predates versioning or was written by hand: read it as version 1.
        if (version != null && (!version.canConvertToInt() || version.asInt() > FORMAT_VERSION)) {
            throw new ExperimentFolderException(file, "has format version " + version
                    + "; this Emoscope reads up to " + FORMAT_VERSION + " (written by a newer version?)");
        }
        return (ObjectNode) node;
    }

    private static String problem(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return root.getMessage();
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends StdDeserializer<Instant> {
        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
            }
        }
    }
}
