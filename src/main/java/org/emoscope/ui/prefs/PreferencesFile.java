package org.emoscope.ui.prefs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.emoscope.experiment.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preferences file: JSON whose first field is {@code "formatVersion"}, then the fields of
 * {@link WorkbenchPreferences}; paths are plain strings. Reading never fails: unknown fields are
 * ignored, missing ones take their defaults, and a file that cannot be read or is damaged is
 * logged as a warning naming the file and the problem and read as the defaults. Writing replaces
 * the file atomically. Touches the disk: call it off the FX thread. Thread-safe.
 */
public final class PreferencesFile {
    /** System property naming the preferences file; wins over the XDG location. */
    public static final String PROPERTY = "emoscope.prefs";
    public static final int FORMAT_VERSION = 1;
    static final String FORMAT_VERSION_FIELD = "formatVersion";

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesFile.class);
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new SimpleModule("emoscope-paths")
                    .addSerializer(Path.class, ToStringSerializer.instance)
                    .addDeserializer(Path.class, new PathDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public PreferencesFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The file at {@link #locate()}. */
    public static PreferencesFile atDefaultLocation() {
        return new PreferencesFile(locate());
    }

    /**
     * The preferences file of this user: the system property {@value #PROPERTY}, else
     * {@code $XDG_CONFIG_HOME/emoscope/preferences.json}, else
     * {@code ~/.config/emoscope/preferences.json}.
     */
    public static Path locate() {
        return locate(System::getProperty, System::getenv);
    }

    /** {@link #locate()} with the system properties and environment given, for tests. */
    static Path locate(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String configured = properties.apply(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
        String xdg = environment.apply("XDG_CONFIG_HOME");
        Path configHome = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(properties.apply("user.home"), ".config");
        return configHome.resolve("emoscope").resolve("preferences.json");
    }

    public Path path() {
        return file;
    }

    /** The saved preferences; the defaults when there is no file or it is unusable (logged). */
    public WorkbenchPreferences read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            LOG.debug("No preferences file at {}; using the default preferences", file);
            return WorkbenchPreferences.DEFAULT;
        } catch (IOException e) {
            return fallBack("cannot be read: " + reason(e));
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                return fallBack("is not a JSON object");
            }
            JsonNode version = node.get(FORMAT_VERSION_FIELD);
            if (version != null && version.canConvertToInt() && version.asInt() > FORMAT_VERSION) {
                // Preferences are a convenience: read the fields this version knows rather than refuse.
                LOG.warn("Preferences file {} has format version {}, newer than this Emoscope's {}; "
                        + "reading the fields it knows", file, version.asInt(), FORMAT_VERSION);
            }
            return MAPPER.treeToValue(node, WorkbenchPreferences.class);
        } catch (JsonProcessingException e) {
            return fallBack("is damaged: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            return fallBack("is damaged: " + e.getMessage());
        }
    }

    private WorkbenchPreferences fallBack(String problem) {
        LOG.warn("Preferences file {} {}; using the default preferences", file, problem);
        return WorkbenchPreferences.DEFAULT;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage();
    }

    /** Replaces the file atomically with {@code preferences}, creating its folder when missing. */
    public void write(WorkbenchPreferences preferences) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
        node.setAll((ObjectNode) MAPPER.valueToTree(preferences));
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(node));
    }

    /** Any string is a path (Jackson's own would take one with a colon for a URI). */
    private static final class PathDeserializer extends StdDeserializer<Path> {
        PathDeserializer() {
            super(Path.class);
        }

        @Override
        public Path deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return (Path) context.handleUnexpectedToken(Path.class, parser);
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                return (Path) context.handleWeirdStringValue(Path.class, text, e.getReason());
            }
        }
    }
}
