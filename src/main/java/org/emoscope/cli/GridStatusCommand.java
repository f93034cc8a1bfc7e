package org.emoscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.emoscope.experiment.ExperimentFolderException;
import org.emoscope.experiment.GridStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code emoscope grid status GRID [--json]}: each task's state, read from its run folder. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"How many tasks of a grid are done, running, killed, failed or pending (read from the tasks'",
                "run folders, not from the scheduler), and why the failed ones failed. Exit 0 when all are done."})
final class GridStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "GRID", description = "the grid folder")
    Path grid;

    @Option(names = "--json", description = "print the counts and every task as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        GridStatus status;
        try {
            status = GridStatus.of(grid);
        } catch (ExperimentFolderException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (json) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("grid", grid.toAbsolutePath().normalize().toString());
            document.put("counts", status.counts());
            document.put("tasks", status.tasks());
            spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(document));
        } else {
            spec.commandLine().getOut().println("Grid " + grid.toAbsolutePath().normalize() + ": "
                    + status.progressText());
            status.tasks().stream().filter(task -> task.message() != null).forEach(task -> spec.commandLine().getOut()
                    .println(String.format(Locale.ROOT, "  task %d (%s, %s, seed %d) %s: %s", task.index(),
                            task.configuration(), task.fold(), task.seed(),
                            task.state().name().toLowerCase(Locale.ROOT), task.message())));
        }
        return status.allDone() ? 0 : 1;
    }
}
