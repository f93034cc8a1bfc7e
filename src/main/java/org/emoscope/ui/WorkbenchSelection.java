package org.emoscope.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Clip;
import org.emoscope.experiment.RunResults;

/**
 * What the whole workbench is looking at: the clip in the clip view, the run whose predictions and
 * audit verdicts the views show (null: none), and the list that next/previous-clip keys walk (the
 * corpus browser's visible clips, or the clips behind a confusion-matrix cell). Shared by the view
 * models, which listen to it instead of to each other. Change it on the FX thread only.
 */
public final class WorkbenchSelection {
    private final ObjectProperty<Clip> clip = new SimpleObjectProperty<>();
    private final ObjectProperty<RunResults> run = new SimpleObjectProperty<>();
    private final ObjectProperty<ObservableList<Clip>> navigationList =
            new SimpleObjectProperty<>(FXCollections.observableArrayList());
    private final ReadOnlyLongWrapper playRequests = new ReadOnlyLongWrapper(0);

    /** The clip shown in the clip view. */
    public ObjectProperty<Clip> clipProperty() {
        return clip;
    }

    /** The selected run, or null when none is selected. */
    public ObjectProperty<RunResults> runProperty() {
        return run;
    }

    /** The list that next/previous-clip navigation walks. */
    public ObjectProperty<ObservableList<Clip>> navigationListProperty() {
        return navigationList;
    }

    /** Shows {@code newClip} and asks the clip view to play it as soon as it is loaded. */
    public void openAndPlay(Clip newClip) {
        clip.set(newClip);
        playRequests.set(playRequests.get() + 1);
    }

    /** Counts play requests; the clip view plays the current clip once loaded when this changes. */
    public ReadOnlyLongProperty playRequestsProperty() {
        return playRequests.getReadOnlyProperty();
    }

    /** Moves to the next ({@code step} 1) or previous ({@code step} -1) clip of the navigation list. */
    public void step(int step) {
        ObservableList<Clip> list = navigationList.get();
        if (list == null || list.isEmpty()) {
            return;
        }
        int index = list.indexOf(clip.get());
        int next = index < 0 ? 0 : Math.max(0, Math.min(list.size() - 1, index + step));
        clip.set(list.get(next));
    }
}
