package org.emoscope.cli;

import org.emoscope.model.ModelArchitecture;
import org.emoscope.training.ArchitecturePreset;
import picocli.CommandLine.Option;

/** Options shared by {@code bench train} and {@code bench infer}. */
final class BenchModelOptions {
    @Option(names = "--preset", description = "paper or compact (default ${DEFAULT-VALUE})")
    String preset = "paper";

    @Option(names = "--json", description = "print the figures as JSON")
    boolean json;

    ModelArchitecture architecture() {
        return ArchitecturePreset.fromLabel(preset).architecture()
                .orElseThrow(() -> new IllegalArgumentException("--preset must be paper or compact"));
    }
}
