package org.emoscope.training;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Path;

/** The Jackson set-up shared by this package's files: paths as plain strings, unknown fields ignored. */
final class TrainingJson {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("emoscope-paths")
                    .addSerializer(Path.class, ToStringSerializer.instance)
                    .addDeserializer(Path.class, new PathDeserializer()))
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            // A count of 1.7 epochs is a mistake to report, not to round.
            .configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private TrainingJson() {
    }

    /** Reads a path as written, without URI decoding, so Windows drive letters and spaces survive. */
    private static final class PathDeserializer extends StdDeserializer<Path> {
        PathDeserializer() {
            super(Path.class);
        }

        @Override
        public Path deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Only text is a path: 42 is a mistake, not the folder "42".
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return (Path) context.handleUnexpectedToken(Path.class, parser);
            }
            return Path.of(parser.getText());
        }
    }
}
