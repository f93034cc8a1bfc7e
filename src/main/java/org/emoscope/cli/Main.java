package org.emoscope.cli;

import org.emoscope.ui.WorkbenchLauncher;
import picocli.CommandLine;

/**
 * Entry point of {@code emoscope.jar}: with no arguments it opens the workbench window, otherwise it
 * runs a CLI command. It deliberately does not extend {@code javafx.application.Application}, so the
 * jar starts on the plain class path where JavaFX is an ordinary dependency.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchLauncher.launch(args);
            return;
        }
        System.exit(EmoscopeCommand.commandLine().execute(args));
    }
}
