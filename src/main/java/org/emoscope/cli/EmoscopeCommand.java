package org.emoscope.cli;

import java.io.PrintWriter;
import org.emoscope.io.UserFacing;
import org.emoscope.ui.WorkbenchLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
                EnsembleCommand.class,
                GridCommand.class,
                EvaluateCommand.class,
                PredictCommand.class,
                AttentionCommand.class,
                FaithfulnessCommand.class,
                ListenCommand.class,
                ResumeCommand.class,
                AblationCommand.class,
        })
public final class EmoscopeCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(EmoscopeCommand.class);
    /** Exit codes, the same for every command (README, "Exit codes"). */
    static final int FAILED = 1;
    static final int INVALID_INPUT = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "print the stack trace of a failure, not only its message")
    boolean verbose;

    /**
     * A command line with the house conventions: errors on stderr, invalid arguments exit
     * {@value #INVALID_INPUT}, a failure exits {@value #FAILED} with one line naming the file and the
     * problem (the stack trace with {@code --verbose}, and in the log at debug level).
     */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new EmoscopeCommand());
        line.setExecutionExceptionHandler(EmoscopeCommand::reportFailure);
        return line;
    }

    private static int reportFailure(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        boolean verbose = false;
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            verbose |= level.hasMatchedOption("--verbose");
        }
        if (UserFacing.is(failure)) {
            err.println(name + ": " + failure.getMessage());
        } else {
            err.println(name + ": internal error: " + failure + (verbose ? ""
                    : " (run again with --verbose for where it happened)"));
        }
        if (verbose) {
            failure.printStackTrace(err);
        }
        LOG.debug("{} failed", name, failure);
        err.flush();
        return FAILED;
    }

    @Override
    public void run() {
        WorkbenchLauncher.launch(new String[0]);
    }
}
