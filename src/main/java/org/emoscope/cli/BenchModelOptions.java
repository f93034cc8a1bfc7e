package org.emoscope.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.emoscope.AppVersion;
import org.emoscope.model.ComputeBackend;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.ArchitecturePreset;
import picocli.CommandLine.Option;

/** Options shared by {@code bench train} and {@code bench infer}. */
final class BenchModelOptions {
    @Option(names = "--preset", description = "paper or compact (default ${DEFAULT-VALUE})")
    String preset = "paper";

    @Option(names = "--frames", description = "input frames per clip (default ${DEFAULT-VALUE}, the paper's; "
            + "the default recipe sizes the input to the data, e.g. 81 for 2-s clips)")
    int frames = 256;

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    /** The figures every model benchmark starts with: what ran, on which backend. */
    Map<String, Object> header() {
        ComputeBackend backend = ComputeBackend.current();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("preset", preset);
        figures.put("frames", frames);
        figures.put("backend", backend.label());
        figures.put("device", backend.device());
        backend.fallbackWarning(AppVersion.builtBackend()).ifPresent(warning -> figures.put("warning", warning));
        return figures;
    }

    /** Prints figures as JSON or as aligned "name value" lines. */
    void print(PrintWriter out, Map<String, Object> figures) throws JsonProcessingException {
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
            return;
        }
        figures.forEach((key, value) -> out.println(String.format(Locale.ROOT, "%-26s %s", key,
                value instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : value)));
    }

    ModelArchitecture architecture() {
        ModelArchitecture sizes = ArchitecturePreset.fromLabel(preset).architecture()
                .orElseThrow(() -> new IllegalArgumentException("--preset must be paper or compact"));
        return ArchitecturePreset.withFrames(sizes, frames).requireValid();
    }
}
