package org.emoscope.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Asks the user for a folder. The workbench's menus ask through this, so that a test can answer for the user: the
 * platform's dialog cannot be driven headless.
 */
@FunctionalInterface
public interface FolderChooser {
    /** The platform's folder dialog. */
    FolderChooser DIALOG = (owner, title, start) -> {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    };

    /**
     * @param start where the dialog starts, when that folder exists; null for the platform's choice
     * @return the chosen folder, empty when the user cancelled
     */
    Optional<Path> choose(Window owner, String title, Path start);
}
