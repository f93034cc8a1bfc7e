package org.emoscope.cli;

import java.nio.file.Path;
import org.emoscope.features.FeatureCache;
import picocli.CommandLine.Option;

/** The feature-cache folder, shared by every command that trains. */
final class FeatureCacheOption {
    @Option(names = "--cache", paramLabel = "DIR", description = "feature cache (default: ~/.cache/emoscope/features)")
    Path cache = FeatureCache.defaultDirectory();
}
