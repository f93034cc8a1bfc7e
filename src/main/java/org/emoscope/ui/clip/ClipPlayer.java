package org.emoscope.ui.clip;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays one clip's WAV file through JavaFX media. The player is made on the first {@link #play},
 * so browsing clips creates none. Playback can fail (no audio device, a format the media stack
 * rejects): the failure becomes {@link #problemProperty()} and everything else keeps working.
 * FX thread only.
 */
final class ClipPlayer {
    private static final Logger LOG = LoggerFactory.getLogger(ClipPlayer.class);

    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private Path file;
    private MediaPlayer player;
    private Runnable onFinished = () -> { };

    /** Called when playback reaches the end of the clip (the player has rewound to the start). */
    void setOnFinished(Runnable onFinished) {
        this.onFinished = onFinished;
    }

    /** The clip it plays, or null. */
    Path file() {
        return file;
    }

    /** Switches to another clip (or to none), stopping the current one. */
    void setFile(Path wav) {
        dispose();
        file = wav;
        problem.set("");
    }

    void play(double fromSeconds) {
        if (file == null) {
            return;
        }
        try {
            if (player == null) {
                player = newPlayer(file);
            }
            player.seek(Duration.seconds(fromSeconds));
            player.play();
            playing.set(true);
        } catch (MediaException | UnsupportedOperationException e) {
            fail(e.getMessage());
        }
    }

    void pause() {
        if (player != null) {
            player.pause();
        }
        playing.set(false);
    }

    void seek(double seconds) {
        if (player != null) {
            player.seek(Duration.seconds(seconds));
        }
    }

    /** The player's position, or {@code fallback} while it has none. */
    double currentSeconds(double fallback) {
        if (player == null) {
            return fallback;
        }
        double seconds = player.getCurrentTime().toSeconds();
        return Double.isFinite(seconds) ? seconds : fallback;
    }

    void dispose() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        playing.set(false);
    }

    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** Why playback does not work, empty while it does. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private MediaPlayer newPlayer(Path wav) {
        MediaPlayer created = new MediaPlayer(new Media(wav.toUri().toString()));
        created.setOnError(() -> fail(created.getError() == null ? "unknown error" : created.getError().getMessage()));
        created.setOnEndOfMedia(() -> {
            created.pause();
            created.seek(Duration.ZERO);
            playing.set(false);
            onFinished.run();
        });
        return created;
    }

    private void fail(String reason) {
        LOG.warn("Cannot play {}: {}", file, reason);
        problem.set("Cannot play audio (" + withoutExceptionName(reason) + "); everything else still works");
        dispose();
    }

    /** JavaFX media wraps its native errors as "com.sun…MediaException: Could not create player!". */
    private static String withoutExceptionName(String reason) {
        String plain = reason == null ? "unknown error" : reason;
        int colon = plain.lastIndexOf("Exception: ");
        return colon >= 0 ? plain.substring(colon + "Exception: ".length()) : plain;
    }
}
