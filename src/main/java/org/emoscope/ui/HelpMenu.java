package org.emoscope.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.emoscope.AppVersion;

/**
 * The Help menu: the list of keyboard shortcuts (the review keys of {@link KeyboardShortcuts} and
 * every menu accelerator of the menu bar, read when the list opens) and the About box.
 */
public final class HelpMenu {
    private HelpMenu() {
    }

    /** A Help menu for {@code menuBar}; its dialogs belong to {@code owner}. Add it to the bar yourself. */
    public static Menu create(MenuBar menuBar, Window owner) {
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts");
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        shortcuts.setOnAction(event -> showShortcuts(menuBar, owner));
        MenuItem about = new MenuItem("About Emoscope");
        about.setOnAction(event -> showAbout(owner));
        return new Menu("Help", null, shortcuts, about);
    }

    private static void showShortcuts(MenuBar menuBar, Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int row = 0;
        grid.add(heading("Reviewing clips (not while typing in a text field)"), 0, row++, 2, 1);
        for (KeyboardShortcuts.Shortcut shortcut : KeyboardShortcuts.shortcuts()) {
            grid.addRow(row++, keycap(shortcut.keys()), new Label(shortcut.action()));
        }
        grid.add(heading("Menus"), 0, row++, 2, 1);
        for (MenuItem item : accelerated(menuBar)) {
            grid.addRow(row++, keycap(item.getAccelerator().getDisplayText()),
                    new Label(item.getParentMenu().getText() + " → " + item.getText()));
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        dialog.show();
    }

    /** The menu items with an accelerator, in menu order, submenus included. */
    private static List<MenuItem> accelerated(MenuBar menuBar) {
        List<MenuItem> items = new ArrayList<>();
        menuBar.getMenus().forEach(menu -> collect(menu, items));
        return items;
    }

    private static void collect(Menu menu, List<MenuItem> items) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, items);
            } else if (item.getAccelerator() != null) {
                items.add(item);
            }
        }
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("help-heading");
        return label;
    }

    private static Label keycap(String keys) {
        Label label = new Label(keys);
        label.getStyleClass().add("keycap");
        return label;
    }

    private static void showAbout(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(owner);
        about.setTitle("About Emoscope");
        about.setHeaderText("Emoscope " + AppVersion.get());
        about.setContentText("A workbench for speech emotion recognition: corpora, training, results and audit.\n\n"
                + "ND4J backend of this build: " + AppVersion.builtBackend() + "\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"));
        about.show();
    }
}
