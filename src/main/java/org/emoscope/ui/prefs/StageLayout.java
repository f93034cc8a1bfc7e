package org.emoscope.ui.prefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the workbench window into a saved {@link WindowLayout} and reads its layout back: bounds
 * (fitted to today's screens by {@link WindowPlacement}), maximised, the selected tab (by title)
 * and the divider positions of the split panes registered with {@link #rememberSplit}.
 *
 * <p>It follows the window from construction on: the bounds it saves are the last ones seen while
 * the window was neither maximised nor minimised, and a split pane's dividers are the last ones
 * seen while it had any. When a pane gets back the item it lost (the clip view moves between the
 * Corpus and Results panes), its dividers go back where they were. FX thread only.
 */
public final class StageLayout {
    private final Stage stage;
    private final TabPane tabs;
    private final Map<String, SplitPane> splits = new LinkedHashMap<>();
    private final Map<String, List<Double>> dividers = new LinkedHashMap<>();
    private WindowBounds normalBounds;
    private boolean boundsCheckPending;

    public StageLayout(Stage stage, TabPane tabs) {
        this.stage = stage;
        this.tabs = tabs;
        InvalidationListener boundsChanged = obs -> scheduleBoundsCheck();
        stage.xProperty().addListener(boundsChanged);
        stage.yProperty().addListener(boundsChanged);
        stage.widthProperty().addListener(boundsChanged);
        stage.heightProperty().addListener(boundsChanged);
    }

    /** Saves and restores the divider positions of {@code split} under {@code key}. */
    public StageLayout rememberSplit(String key, SplitPane split) {
        splits.put(key, split);
        InvalidationListener moved = obs -> recordDividers(key, split);
        split.getDividers().forEach(divider -> divider.positionProperty().addListener(moved));
        split.getDividers().addListener((ListChangeListener<SplitPane.Divider>) change -> {
            boolean added = false;
            while (change.next()) {
                change.getAddedSubList().forEach(divider -> divider.positionProperty().addListener(moved));
                added |= change.wasAdded();
            }
            // A pane gives an item that comes back a default divider; put back the one it had.
            List<Double> remembered = dividers.get(key);
            if (added && remembered != null && remembered.size() == split.getDividers().size()) {
                split.setDividerPositions(remembered.stream().mapToDouble(Double::doubleValue).toArray());
            } else {
                recordDividers(key, split);
            }
        });
        recordDividers(key, split);
        return this;
    }

    /**
     * Lays the window out as {@code layout} says; call it before the stage is shown, after the
     * split panes are registered. What the layout does not say keeps its default.
     */
    public void apply(WindowLayout layout) {
        List<WindowBounds> screens = new ArrayList<>();
        screens.add(bounds(Screen.getPrimary().getVisualBounds()));
        Screen.getScreens().stream().filter(screen -> !screen.equals(Screen.getPrimary()))
                .forEach(screen -> screens.add(bounds(screen.getVisualBounds())));
        WindowPlacement.fit(layout.bounds(), screens).ifPresent(fitted -> {
            stage.setX(fitted.x());
            stage.setY(fitted.y());
            stage.setWidth(fitted.width());
            stage.setHeight(fitted.height());
            normalBounds = fitted;
        });
        stage.setMaximized(layout.maximised());
        // Unregistered keys are kept, so a pane that comes and goes between versions keeps its place.
        layout.dividers().forEach((key, positions) -> {
            dividers.put(key, positions);
            SplitPane split = splits.get(key);
            if (split != null) {
                // A pane without dividers yet keeps the positions for the items still to come.
                split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
            }
        });
        tabs.getTabs().stream().filter(tab -> tab.getText().equals(layout.selectedTab())).findFirst()
                .ifPresent(tab -> tabs.getSelectionModel().select(tab));
    }

    /** The window's layout now. */
    public WindowLayout capture() {
        if (normalBounds == null && isNormal()) {
            normalBounds = currentBounds();
        }
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return new WindowLayout(normalBounds, stage.isMaximized(), dividers,
                selected == null ? null : selected.getText());
    }

    private void recordDividers(String key, SplitPane split) {
        if (!split.getDividers().isEmpty()) {
            dividers.put(key, Arrays.stream(split.getDividerPositions()).boxed().toList());
        }
    }

    /**
     * Maximising reports the new size before (or after) it reports being maximised, depending on
     * the platform; looking once the current events are handled sees the two together.
     */
    private void scheduleBoundsCheck() {
        if (!boundsCheckPending) {
            boundsCheckPending = true;
            Platform.runLater(() -> {
                boundsCheckPending = false;
                if (isNormal()) {
                    normalBounds = currentBounds();
                }
            });
        }
    }

    private boolean isNormal() {
        return stage.isShowing() && !stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen();
    }

    private WindowBounds currentBounds() {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    private static WindowBounds bounds(Rectangle2D rectangle) {
        return new WindowBounds(rectangle.getMinX(), rectangle.getMinY(), rectangle.getWidth(), rectangle.getHeight());
    }
}
