package org.emoscope.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.emoscope.io.JsonProblems;

/**
 * Reads a configuration file a user wrote ({@code train --config}), strictly and reporting every
 * problem at once: an unknown or misspelt field, a value of the wrong kind (a fraction where a count
 * belongs, text where a number belongs), each naming the file and the field. A field with a problem
 * takes its default, so the rest can still be checked ({@link TrainingConfig#validate()}). Saved run
 * configurations are read by {@link TrainingConfigJson}, tolerantly. Stateless and thread-safe.
 */
public final class UserConfigReader {
    private static final int MAX_TYPE_PROBLEMS = 50;

    /**
     * The configuration, with defaults where a field could not be used, and the problems found.
     *
     * @param config   null when nothing could be read at all (no file, not JSON)
     * @param problems each naming the file; empty when the file is sound
     * @param rejected the fields whose values were not used (they hold their defaults)
     */
    public record Reading(TrainingConfig config, List<String> problems, Set<String> rejected) {
        public Reading {
            problems = List.copyOf(problems);
            rejected = Set.copyOf(rejected);
        }
    }

    private UserConfigReader() {
    }

    public static Reading read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(file + ": no such configuration file");
        } catch (IOException e) {
            return failed(file + ": cannot be read (" + e.getMessage() + ")");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(file + ": not a text file (not UTF-8), so not a JSON configuration");
        }
        JsonNode root;
        try {
            root = TrainingJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return failed(file + ": not valid JSON (" + JsonProblems.describe(e) + ")");
        }
        if (root == null || !root.isObject()) {
            return failed(file + ": a training configuration must be a JSON object ({...})");
        }
        ObjectNode given = ((ObjectNode) root).deepCopy();
        List<String> problems = new ArrayList<>();
        Set<String> known = knownFields();
        List<String> unknown = new ArrayList<>();
        given.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        });
        for (String name : unknown) {
            problems.add(file + ": unknown field \"" + name + "\"" + closest(name, known).map(
                    guess -> " (did you mean \"" + guess + "\"?)").orElse(""));
            given.remove(name);
        }
        Set<String> rejected = new TreeSet<>(unknown);
        for (int attempt = 0; attempt < MAX_TYPE_PROBLEMS; attempt++) {
            try {
                return new Reading(TrainingConfigJson.fromTree(given, file.toString()), problems, rejected);
            } catch (TrainingFormatException e) {
                if (!(e.getCause() instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
                    problems.add(e.getMessage());
                    return new Reading(null, problems, rejected);
                }
                String field = mapping.getPath().get(0).getFieldName();
                problems.add(file + ": field \"" + fieldPath(mapping) + "\": " + expected(mapping)
                        + ", got " + given.get(field));
                rejected.add(field);
                given.remove(field);
            }
        }
        return new Reading(null, problems, rejected);
    }

    private static Reading failed(String problem) {
        return new Reading(null, List.of(problem), Set.of());
    }

    /** The fields a configuration file may hold: those written for every configuration, and its version. */
    private static Set<String> knownFields() {
        Set<String> known = new TreeSet<>();
        TrainingJson.MAPPER.valueToTree(TrainingConfig.defaults(Path.of("."))).fieldNames().forEachRemaining(known::add);
        known.add("formatVersion");
        return known;
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** What the field should have been, in words rather than Java types. */
    private static String expected(JsonMappingException mapping) {
        Class<?> type = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        String wanted;
        if (type == null) {
            wanted = "a value of another kind";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            wanted = "a whole number";
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            wanted = "a number";
        } else if (type == boolean.class || type == Boolean.class) {
            wanted = "true or false";
        } else if (type == String.class || type == Path.class) {
            wanted = "text in quotes" + (type == Path.class ? " (a folder or file)" : "");
        } else if (Collection.class.isAssignableFrom(type)) {
            wanted = "a list [...]";
        } else if (type.isEnum()) {
            wanted = "one of the names " + List.of(type.getEnumConstants());
        } else {
            wanted = "an object {...}";
        }
        return "expected " + wanted;
    }

    /** The known name a misspelt one most likely meant: at most two edits away. */
    private static Optional<String> closest(String name, Set<String> known) {
        return known.stream().map(candidate -> Map.entry(candidate, distance(name, candidate)))
                .filter(scored -> scored.getValue() <= 2)
                .min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
