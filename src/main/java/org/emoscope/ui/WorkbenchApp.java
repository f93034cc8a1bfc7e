package org.emoscope.ui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.emoscope.AppVersion;

/** The workbench window. */
public final class WorkbenchApp extends Application {
    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Emoscope " + AppVersion.get()));
        root.setPadding(new Insets(16));
        stage.setTitle("Emoscope");
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }
}
