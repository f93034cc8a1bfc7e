package org.emoscope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code emoscope grid}: experiment grids as independent tasks for Slurm job arrays or GNU parallel. */
@Command(name = "grid", mixinStandardHelpOptions = true,
        description = {"Experiment grids (configurations × seeds × leave-one-speaker-out folds) as independent tasks",
                "for a Slurm job array or GNU parallel, merged afterwards into ordinary runs.",
                "plan → submit (bash G/submit.sh, or parallel over G/tasks.txt) → status → merge."},
        subcommands = {GridPlanCommand.class, GridTaskCommand.class, GridStatusCommand.class, GridMergeCommand.class})
final class GridCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
