package org.emoscope.cli;

import org.emoscope.ui.WorkbenchLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code emoscope} command; each subcommand is one class in this package. */
@Command(name = "emoscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Speech emotion recognition workbench. Without a command, opens the workbench window.",
        subcommands = {
                CommandLine.HelpCommand.class,
                GuiCommand.class,
                CorpusCommand.class,
                MelCommand.class,
                MelFilterbankCommand.class,
                BenchCommand.class,
                TrainCommand.class,
                BaselineCommand.class,
                EvaluateCommand.class,
                PredictCommand.class,
                ResumeCommand.class,
                AblationCommand.class,
        })
public final class EmoscopeCommand implements Runnable {

    /** A command line with the house conventions: errors on stderr, exit codes from picocli. */
    public static CommandLine commandLine() {
        return new CommandLine(new EmoscopeCommand());
    }

    @Override
    public void run() {
        WorkbenchLauncher.launch(new String[0]);
    }
}
