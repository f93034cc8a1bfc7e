package org.emoscope.cli;

import org.emoscope.ui.WorkbenchLauncher;
import picocli.CommandLine.Command;

/** {@code emoscope gui}: opens the workbench window, the same as running with no command. */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the workbench window.")
final class GuiCommand implements Runnable {
    @Override
    public void run() {
        WorkbenchLauncher.launch(new String[0]);
    }
}
