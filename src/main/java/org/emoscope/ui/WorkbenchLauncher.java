package org.emoscope.ui;

import javafx.application.Application;

/** Starts the JavaFX workbench; called from the CLI entry point on the main thread. */
public final class WorkbenchLauncher {
    private WorkbenchLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }
}
