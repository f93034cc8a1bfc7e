package org.emoscope.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.emoscope.experiment.Verdict;

/**
 * The single-key shortcuts for reviewing clips: play/pause, next/previous clip, verdicts, the note, and moving
 * through the clip (zoom, pan, seek).
 * {@link #install} registers them as one key-press filter on the scene. They act only while no
 * modifier is held (menu accelerators such as Ctrl+O pass untouched) and never while the focus is
 * in a text field, where the keys are typing; there Escape gives the focus back to the window.
 * {@link #shortcuts()} lists them for the help. FX thread only.
 */
public final class KeyboardShortcuts {
    /**
     * What the shortcuts do; each runs on the FX thread.
     *
     * @param playPause    plays or pauses the clip in view
     * @param nextClip     shows the next clip of the navigation list
     * @param previousClip shows the previous clip of the navigation list
     * @param setVerdict   gives the clip in view a verdict
     * @param clearVerdict removes the verdict of the clip in view
     * @param focusNote    puts the focus in the note field
     * @param time         moves through the clip in view
     */
    public record Actions(Runnable playPause, Runnable nextClip, Runnable previousClip, Consumer<Verdict> setVerdict,
                          Runnable clearVerdict, Runnable focusNote, TimeActions time) {
    }

    /**
     * Moving through the clip in view; each runs on the FX thread.
     *
     * @param zoomIn      magnifies the tracks one step
     * @param zoomOut     shrinks them one step
     * @param fit         shows the whole clip
     * @param panEarlier  moves the view earlier
     * @param panLater    moves the view later
     * @param seekBack    moves the playback cursor back one step
     * @param seekForward moves it forward one step
     * @param toStart     moves it to the clip's start
     * @param toEnd       moves it to the clip's end
     */
    public record TimeActions(Runnable zoomIn, Runnable zoomOut, Runnable fit, Runnable panEarlier, Runnable panLater,
                              Runnable seekBack, Runnable seekForward, Runnable toStart, Runnable toEnd) {
    }

    /** One line of the help: the keys as users read them, and what they do. */
    public record Shortcut(String keys, String action) {
    }

    private record Binding(List<KeyCombination> keys, Shortcut help, Function<Actions, Runnable> action) {
        boolean matches(KeyEvent event) {
            return keys.stream().anyMatch(key -> key.match(event));
        }
    }

    private static final List<Binding> BINDINGS = bindings();
    private static final Shortcut LEAVE_TEXT_FIELD = new Shortcut("Esc", "Leave the note or search field");

    private KeyboardShortcuts() {
    }

    private static List<Binding> bindings() {
        List<Binding> bindings = new ArrayList<>();
        bindings.add(new Binding(keys(KeyCode.SPACE), new Shortcut("Space", "Play or pause the clip"),
                Actions::playPause));
        bindings.add(new Binding(keys(KeyCode.DOWN, KeyCode.J), new Shortcut("↓ or J", "Next clip in the list"),
                Actions::nextClip));
        bindings.add(new Binding(keys(KeyCode.UP, KeyCode.K), new Shortcut("↑ or K", "Previous clip in the list"),
                Actions::previousClip));
        Verdict[] verdicts = Verdict.values();
        for (int i = 0; i < verdicts.length; i++) {
            Verdict verdict = verdicts[i];
            int key = i + 1;
            bindings.add(new Binding(keys(KeyCode.valueOf("DIGIT" + key), KeyCode.valueOf("NUMPAD" + key)),
                    new Shortcut(Integer.toString(key), "Verdict: " + verdict.label()),
                    actions -> () -> actions.setVerdict().accept(verdict)));
        }
        bindings.add(new Binding(keys(KeyCode.DIGIT0, KeyCode.NUMPAD0),
                new Shortcut("0", "Clear the verdict (the note stays)"), Actions::clearVerdict));
        bindings.add(new Binding(keys(KeyCode.N), new Shortcut("N", "Write a note on the clip"), Actions::focusNote));
        List<KeyCombination> zoomIn = new ArrayList<>(keys(KeyCode.PLUS, KeyCode.ADD, KeyCode.EQUALS));
        zoomIn.add(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_DOWN)); // + on a US keyboard
        bindings.add(new Binding(zoomIn, new Shortcut("+", "Zoom in (around the cursor when it is in view)"),
                actions -> actions.time().zoomIn()));
        bindings.add(new Binding(keys(KeyCode.MINUS, KeyCode.SUBTRACT), new Shortcut("−", "Zoom out"),
                actions -> actions.time().zoomOut()));
        bindings.add(new Binding(keys(KeyCode.F), new Shortcut("F", "Fit: show the whole clip"),
                actions -> actions.time().fit()));
        bindings.add(new Binding(keys(KeyCode.LEFT), new Shortcut("←", "Move the view earlier (a fifth of it)"),
                actions -> actions.time().panEarlier()));
        bindings.add(new Binding(keys(KeyCode.RIGHT), new Shortcut("→", "Move the view later"),
                actions -> actions.time().panLater()));
        bindings.add(new Binding(keys(KeyCode.COMMA), new Shortcut(",", "Cursor back (a tenth of the view)"),
                actions -> actions.time().seekBack()));
        bindings.add(new Binding(keys(KeyCode.PERIOD), new Shortcut(".", "Cursor forward"),
                actions -> actions.time().seekForward()));
        bindings.add(new Binding(keys(KeyCode.HOME), new Shortcut("Home", "Cursor to the clip's start"),
                actions -> actions.time().toStart()));
        bindings.add(new Binding(keys(KeyCode.END), new Shortcut("End", "Cursor to the clip's end"),
                actions -> actions.time().toEnd()));
        return List.copyOf(bindings);
    }

    /** Each code alone, without modifiers. */
    private static List<KeyCombination> keys(KeyCode... codes) {
        List<KeyCombination> keys = new ArrayList<>();
        for (KeyCode code : codes) {
            keys.add(new KeyCodeCombination(code));
        }
        return keys;
    }

    /**
     * Registers the shortcuts on {@code scene}.
     *
     * @param active whether they apply now, e.g. only while a tab with the clip view is shown; asked
     *               on every key press
     */
    public static void install(Scene scene, Actions actions, BooleanSupplier active) {
        // A shortcut that moved the focus into a text field (N) must not type its own letter there.
        boolean[] swallowTyped = {false};
        scene.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            if (swallowTyped[0]) {
                swallowTyped[0] = false;
                event.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> swallowTyped[0] = false);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (isTyping(scene.getFocusOwner())) {
                if (event.getCode() == KeyCode.ESCAPE && !event.isShortcutDown() && !event.isAltDown()) {
                    scene.getRoot().requestFocus();
                    event.consume();
                }
                return;
            }
            if (!active.getAsBoolean()) {
                return;
            }
            for (Binding binding : BINDINGS) {
                if (binding.matches(event)) {
                    binding.action().apply(actions).run();
                    event.consume();
                    swallowTyped[0] = true;
                    return;
                }
            }
        });
    }

    /** Whether key presses on {@code focus} are typing: a text field, or an editable combo box or spinner. */
    private static boolean isTyping(Node focus) {
        return focus instanceof TextInputControl
                || focus instanceof ComboBoxBase<?> combo && combo.isEditable()
                || focus instanceof Spinner<?> spinner && spinner.isEditable();
    }

    /** Every shortcut, in the order the help lists them. */
    public static List<Shortcut> shortcuts() {
        List<Shortcut> shortcuts = new ArrayList<>(BINDINGS.stream().map(Binding::help).toList());
        shortcuts.add(LEAVE_TEXT_FIELD);
        return List.copyOf(shortcuts);
    }
}
