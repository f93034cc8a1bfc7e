package org.emoscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.RunEnsemble;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code emoscope ensemble RUN… --out DIR}: finished runs on the same clips combined by their mean
 * probability into a new run folder ({@link RunEnsemble}); prints each member's pooled UA and the ensemble's
 * summary. A member that cannot be combined is named with the reason, and nothing is written.
 */
@Command(name = "ensemble", mixinStandardHelpOptions = true,
        description = {"Combine finished runs tested on the same clips (e.g. the seeds of a seed group, or a network"
                + " run and a baseline run) into a new run folder: each clip gets the class with the highest mean"
                + " probability over the runs.",
                "The new run reads like any other in evaluate, Results and Compare; it has no models of its own."})
final class EnsembleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN", arity = "1..*", description = "finished run folders or seed groups (all their seeds)")
    List<Path> runs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the new run folder")
    Path out;

    @Override
    public Integer call() throws IOException {
        RunEnsemble ensemble;
        LosoReport report;
        try {
            ensemble = RunEnsemble.of(runs);
            report = ensemble.write(out);
        } catch (ExperimentFolderException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("Ensemble not made: " + e.getMessage());
            return 1;
        }
        for (int i = 0; i < ensemble.members().size(); i++) {
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "Member %s: UA %.2f %%",
                    ensemble.members().get(i), 100 * ensemble.memberUa().get(i)));
        }
        spec.commandLine().getOut().println(RunSummaryText.of(out, ensemble.selectionPolicy(), report));
        return 0;
    }
}
