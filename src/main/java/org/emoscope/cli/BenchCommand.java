package org.emoscope.cli;

import picocli.CommandLine.Command;

/** {@code emoscope bench …}: speed measurements that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed (figures for docs/benchmarks.md).",
        subcommands = {BenchFeaturesCommand.class, BenchTrainCommand.class, BenchInferCommand.class})
final class BenchCommand {
}
