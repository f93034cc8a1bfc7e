package org.emoscope.ui.controls;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * A label for passing news such as "Saved … to …": each message shows for a while and then goes, so the status
 * line does not keep an old export's message for the rest of the session. Work in progress (a message ending in
 * "…") and failures ("Could not …") stay until the next message. The tooltip holds the whole message when the
 * line is too short for it. FX thread only.
 */
public final class ExpiringMessage {
    /** Long enough to read a path, short enough not to be mistaken for the current state. */
    public static final Duration SHOWN = Duration.seconds(10);

    private ExpiringMessage() {
    }

    public static Label following(ObservableValue<String> messages) {
        Label label = new Label();
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(label.textProperty());
        label.setTooltip(whole);
        PauseTransition expiry = new PauseTransition(SHOWN);
        expiry.setOnFinished(event -> label.setText(""));
        messages.addListener((obs, old, message) -> show(label, expiry, message));
        show(label, expiry, messages.getValue());
        return label;
    }

    private static void show(Label label, PauseTransition expiry, String message) {
        expiry.stop();
        label.setText(message == null ? "" : message);
        if (!label.getText().isEmpty() && !staysUntilTheNext(label.getText())) {
            expiry.playFromStart();
        }
    }

    static boolean staysUntilTheNext(String message) {
        return message.endsWith("…") || message.startsWith("Could not");
    }
}
