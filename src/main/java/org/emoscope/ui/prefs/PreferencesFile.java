package org.emoscope.ui.prefs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
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
import org.emoscope.io.AtomicFiles;
import org.emoscope.io.FileNames;
import org.emoscope.io.JsonProblems;
import org.emoscope.io.XdgDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The preferences file: JSON whose first field is {@code "formatVersion"}, then the fields of
 * {@link WorkbenchPreferences}; paths are plain strings. Reading never fails and loses nothing:
 * unknown fields are kept for the next write, missing or unreadable ones take their defaults, and
 * a damaged file is copied beside itself before anything replaces it (see {@link #readReporting()}).
 * Writing replaces the file atomically. Touches the disk: call it off the FX thread. Thread-safe.
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

    private static final String WINDOW = "window";
    private static final String CORPORA = "corpora";
    private static final String LAST_RUN = "lastRun";
    private static final String RUNS_FOLDER = "runsFolder";
    private static final String SAMPLE_CORPORA = "sampleCorpora";

    private final Path file;
    /** False when the file could neither be read nor kept: then it must not be replaced. */
    private volatile boolean writable = true;
    private volatile ObjectNode unknownFields = MAPPER.createObjectNode();

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
        return XdgDirectory.CONFIG.emoscope(properties, environment).resolve("preferences.json");
    }

    public Path path() {
        return file;
    }

    /** The saved preferences; see {@link #readReporting()} for what became of a damaged file. */
    public WorkbenchPreferences read() {
        return readReporting().preferences();
    }

    /**
     * The saved preferences, field by field: a field that cannot be read takes its default and the
     * others are kept. When anything was wrong (damage, a newer format) the file as found is first
     * copied beside it, so the next save cannot lose it, and the reading says so for the window.
     * A file that exists but cannot be read at all is never overwritten by {@link #write}.
     */
    public PreferencesReading readReporting() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            LOG.debug("No preferences file at {}; using the default preferences", file);
            return PreferencesReading.clean(WorkbenchPreferences.DEFAULT);
        } catch (IOException e) {
            writable = false;
            String problem = "cannot be read (" + reason(e) + "); the default preferences are used and the file is"
                    + " left as it is";
            LOG.warn("Preferences file {} {}", file, problem);
            return new PreferencesReading(WorkbenchPreferences.DEFAULT, Optional.of(file + " " + problem));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            return damaged(bytes, WorkbenchPreferences.DEFAULT, List.of("it is damaged (" + JsonProblems.describe(e) + ")"));
        } catch (IOException e) {
            return damaged(bytes, WorkbenchPreferences.DEFAULT, List.of("it is damaged (" + e.getMessage() + ")"));
        }
        if (node == null || !node.isObject()) {
            return damaged(bytes, WorkbenchPreferences.DEFAULT, List.of("it is not a JSON object"));
        }
        ObjectNode object = (ObjectNode) node;
        unknownFields = unknownFieldsOf(object);
        List<String> problems = new ArrayList<>();
        JsonNode version = object.get(FORMAT_VERSION_FIELD);
        if (version != null && version.canConvertToInt() && version.asInt() > FORMAT_VERSION) {
            // Preferences are a convenience: read the fields this version knows rather than refuse.
            problems.add("it has format version " + version.asInt() + ", newer than this Emoscope's " + FORMAT_VERSION
                    + "; the fields it knows are used and the others kept");
        }
        WorkbenchPreferences preferences = new WorkbenchPreferences(
                field(object, WINDOW, WindowLayout.class, problems),
                corpora(object, problems),
                field(object, LAST_RUN, Path.class, problems),
                field(object, RUNS_FOLDER, Path.class, problems),
                field(object, SAMPLE_CORPORA, Boolean.class, problems));
        return problems.isEmpty() ? PreferencesReading.clean(preferences) : damaged(bytes, preferences, problems);
    }

    private <T> T field(ObjectNode object, String name, Class<T> type, List<String> problems) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(value, type);
        } catch (JsonProcessingException e) {
            wrongKind(name, e.getOriginalMessage(), problems);
        } catch (IllegalArgumentException e) {
            wrongKind(name, e.getMessage(), problems);
        }
        return null;
    }

    /** The window gets the short account, the log the parser's details. */
    private void wrongKind(String name, String detail, List<String> problems) {
        LOG.warn("Preferences file {}: field \"{}\": {}", file, name, detail);
        problems.add("field \"" + name + "\" has a value of the wrong kind");
    }

    /** The corpus folders, each read on its own so one bad entry costs only itself. */
    private List<Path> corpora(ObjectNode object, List<String> problems) {
        JsonNode value = object.get(CORPORA);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            problems.add("field \"" + CORPORA + "\" is not a list of folders");
            return null;
        }
        List<Path> corpora = new ArrayList<>();
        for (JsonNode entry : value) {
            if (entry.isTextual()) {
                try {
                    corpora.add(Path.of(entry.asText()));
                } catch (InvalidPathException e) {
                    problems.add("field \"" + CORPORA + "\" holds " + entry + ", not a folder (" + e.getReason() + ")");
                }
            } else if (!entry.isNull()) {
                problems.add("field \"" + CORPORA + "\" holds " + entry + ", not a folder");
            }
        }
        return corpora;
    }

    private static ObjectNode unknownFieldsOf(ObjectNode object) {
        ObjectNode unknown = object.deepCopy();
        unknown.remove(List.of(FORMAT_VERSION_FIELD, WINDOW, CORPORA, LAST_RUN, RUNS_FOLDER, SAMPLE_CORPORA));
        return unknown;
    }

    /** Keeps the file as found beside it, logs and reports what was wrong. */
    private PreferencesReading damaged(byte[] asFound, WorkbenchPreferences usable, List<String> problems) {
        String what = String.join("; ", problems);
        Path copy = file.resolveSibling(file.getFileName() + ".as-found-"
                + FileNames.stamp(Instant.now()));
        String kept;
        try {
            AtomicFiles.write(copy, asFound);
            kept = "The file as found is kept as " + copy + ".";
        } catch (IOException e) {
            writable = false;
            kept = "It could not be copied (" + reason(e) + "), so it is left as it is.";
        }
        String notice = "Preferences file " + file + ": " + what + ". "
                + (usable.equals(WorkbenchPreferences.DEFAULT) ? "The default settings are used. "
                : "The settings that could be read are used. ") + kept;
        LOG.warn(notice);
        return new PreferencesReading(usable, Optional.of(notice));
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

    /**
     * Replaces the file atomically with {@code preferences}, creating its folder when missing; fields
     * this version does not know, as read last, are written back unchanged.
     *
     * @throws IOException also when the file existed but could not be read, so it is not replaced blindly
     */
    public void write(WorkbenchPreferences preferences) throws IOException {
        if (!writable) {
            throw new IOException(file + " is not overwritten: it could not be read or kept when the workbench started");
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
        node.setAll((ObjectNode) MAPPER.valueToTree(preferences));
        unknownFields.fields().forEachRemaining(field -> node.putIfAbsent(field.getKey(), field.getValue()));
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
