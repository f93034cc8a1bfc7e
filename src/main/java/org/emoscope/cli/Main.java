package org.emoscope.cli;

import java.util.Optional;
import org.emoscope.ui.WorkbenchLauncher;

/**
 * Entry point of {@code emoscope.jar}: with no arguments it opens the workbench window, otherwise it
 * runs a CLI command. It deliberately does not extend {@code javafx.application.Application}, so the
 * jar starts on the plain class path where JavaFX is an ordinary dependency.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Optional<Integer> relaunched = OpenMpWaitPolicy.relaunchIfUnset(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.get());
        }
        OpenMpWaitPolicy.endWithLauncher();
        if (args.length == 0) {
            WorkbenchLauncher.launch(args);
            return;
        }
        try {
            System.exit(EmoscopeCommand.commandLine().execute(args));
        } catch (LinkageError e) {
            // ND4J's static initialiser fails this way when no backend loads: say what to do, not a stack trace.
            Optional<String> explanation = MissingBackend.explain(e);
            if (explanation.isEmpty()) {
                throw e;
            }
            System.err.println(explanation.get());
            System.exit(1);
        }
    }
}
