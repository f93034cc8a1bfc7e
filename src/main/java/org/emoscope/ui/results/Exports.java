package org.emoscope.ui.results;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.emoscope.experiment.CsvTable;

/** Export menu items: ask where to save with a {@link FileChooser}, then let the view model write. FX thread only. */
final class Exports {
    private Exports() {
    }

    /** Asks for a file to save to, starting in the runs folder with a suggested name. */
    static Optional<Path> chooseTarget(Node owner, Path folder, String suggestedName, String description,
                                       String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + description);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.setInitialFileName(safeFileName(suggestedName) + "." + extension);
        File file = chooser.showSaveDialog(owner.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** A menu item that saves the table {@code table} supplies at the moment it is chosen. */
    static MenuItem csvItem(String text, Node owner, ResultsViewModel viewModel, Supplier<String> suggestedName,
                            Supplier<CsvTable> table) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> chooseTarget(owner, viewModel.runsFolder(), suggestedName.get(), "CSV table", "csv")
                .ifPresent(target -> viewModel.exportCsv(table.get(), target)));
        return item;
    }

    /** Run and fold names contain '/' and ':'; file names may not. */
    static String safeFileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_");
    }
}
