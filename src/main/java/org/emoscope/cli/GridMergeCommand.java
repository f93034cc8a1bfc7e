package org.emoscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.GridMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emoscope grid merge GRID}: pools each complete configuration into {@code GRID/merged/}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Pool each configuration's finished tasks into one run in GRID/merged/<configuration>/ that",
                "evaluate, Results, Compare and the ablation table read like a one-process LOSO run; a configuration",
                "with unfinished or inconsistent tasks is refused with the reason. Exit 0 when every one merged."})
final class GridMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GRID", description = "the grid folder")
    Path grid;

    @Override
    public Integer call() throws Exception {
        List<GridMerge.Result> results;
        try {
            results = GridMerge.merge(grid);
        } catch (ExperimentFolderException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        boolean all = true;
        for (GridMerge.Result result : results) {
            switch (result.outcome()) {
                case MERGED -> spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s: merged into %s — %d"
                        + " folds, WA %.2f %%, UA %.2f %%", result.name(), result.run(), result.report().perFold().size(),
                        100 * result.report().pooled().wa(), 100 * result.report().pooled().ua()));
                case MERGED_BEFORE -> spec.commandLine().getOut().println(result.name() + ": merged before, in "
                        + result.run() + " (remove it to merge again)");
                case REFUSED -> {
                    spec.commandLine().getErr().println(result.name() + ": not merged: " + result.problem());
                    all = false;
                }
            }
        }
        return all ? 0 : 1;
    }
}
