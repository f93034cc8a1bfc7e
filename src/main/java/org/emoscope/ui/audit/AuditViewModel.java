package org.emoscope.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.emoscope.corpus.Clip;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.AuditEntry;
import org.emoscope.experiment.ClipKey;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.Verdict;
import org.emoscope.ui.WorkbenchSelection;

/**
 * The audit bar's state: the verdict and note of the clip in view, for the selected run. Follows
 * {@link WorkbenchSelection}'s clip and run; a change of verdict or note is saved at once through
 * {@link RunVerdicts}. Editable only when a run is selected, its audit is loaded and the clip is one
 * of the run's test clips; otherwise {@link #hintProperty()} says why not. Use it on the FX thread.
 */
public final class AuditViewModel {
    private final WorkbenchSelection selection;
    private final RunVerdicts verdicts;
    private final Clock clock;

    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final BooleanBinding exportable;

    /** The clip being audited and what the run said of it; null while nothing can be audited. */
    private AuditedClip current;
    /** Set while the fields show a stored entry, so that showing it is not taken for a change. */
    private boolean showing;

    private record AuditedClip(ClipKey key, String trueLabel, String predicted) {
    }

    public AuditViewModel(WorkbenchSelection selection, RunVerdicts verdicts, Clock clock) {
        this.selection = selection;
        this.verdicts = verdicts;
        this.clock = clock;
        exportable = verdicts.stateProperty().isEqualTo(RunVerdicts.State.READY);
        selection.clipProperty().addListener((obs, old, now) -> show());
        selection.runProperty().addListener((obs, old, now) -> show());
        verdicts.stateProperty().addListener((obs, old, now) -> show());
        verdict.addListener((obs, old, now) -> save());
        note.addListener((obs, old, now) -> save());
        show();
    }

    private void show() {
        showing = true;
        try {
            current = null;
            Optional<AuditEntry> stored = Optional.empty();
            String why = whyNotEditable();
            if (why.isEmpty()) {
                RunResults run = selection.runProperty().get();
                Clip clip = selection.clipProperty().get();
                Prediction prediction = run.predictionFor(clip).orElseThrow();
                List<String> labels = run.predictions().orElseThrow().labels();
                current = new AuditedClip(ClipKey.of(clip), labels.get(prediction.trueClass()),
                        labels.get(prediction.predictedClass()));
                stored = verdicts.entry(current.key());
                why = String.format(Locale.ROOT, "Predicted %s (%.0f %%) %s", current.predicted(),
                        100 * prediction.probabilities()[prediction.predictedClass()],
                        prediction.isCorrect() ? "✓" : "✗ labelled " + current.trueLabel());
            }
            hint.set(why);
            editable.set(current != null);
            verdict.set(stored.map(AuditEntry::verdict).orElse(null));
            note.set(stored.map(AuditEntry::note).orElse(""));
        } finally {
            showing = false;
        }
    }

    /** Why the clip in view cannot be audited now; empty when it can. */
    private String whyNotEditable() {
        RunResults run = selection.runProperty().get();
        Clip clip = selection.clipProperty().get();
        if (run == null) {
            return "Select a run (Results) to audit its predictions";
        }
        switch (verdicts.stateProperty().get()) {
            case LOADING, NO_RUN:
                return "Run " + run.name();
            case FAILED:
                return "The verdicts of " + run.name() + " cannot be read";
            default:
                break;
        }
        if (run.predictions().isEmpty()) {
            return run.name() + " has no test predictions yet";
        }
        if (clip == null) {
            return "No clip selected";
        }
        if (!run.covers(clip)) {
            return "Not a clip of the corpora " + run.name() + " was trained on: nothing to audit";
        }
        if (run.predictionFor(clip).isEmpty()) {
            return "Not a test clip of " + run.name() + ": nothing to audit";
        }
        return "";
    }

    private void save() {
        if (showing || current == null) {
            return;
        }
        Verdict chosen = verdict.get();
        String text = note.get() == null ? "" : note.get();
        AuditEntry entry = chosen == null && text.isBlank() ? null : new AuditEntry(current.key(),
                current.trueLabel(), current.predicted(), chosen, text, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        verdicts.put(current.key(), entry);
    }

    /** Sets the verdict of the clip in view (number keys); ignored while not editable. */
    public void setVerdict(Verdict newVerdict) {
        if (editable.get()) {
            verdict.set(newVerdict);
        }
    }

    /** Removes the verdict of the clip in view, keeping its note; ignored while not editable. */
    public void clearVerdict() {
        setVerdict(null);
    }

    /** The verdict of the clip in view, or null; setting it saves it. */
    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** The note of the clip in view; every change is saved. */
    public StringProperty noteProperty() {
        return note;
    }

    /** Whether the clip in view can be audited. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why the clip cannot be audited, or, when it can, what the run predicted for it. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Loading, saving and saved state of the run's audit file. */
    public ReadOnlyStringProperty statusProperty() {
        return verdicts.statusProperty();
    }

    /** Damaged lines of the audit file or the last save error; empty when all is well. */
    public ReadOnlyStringProperty problemsProperty() {
        return verdicts.problemsProperty();
    }

    /** Exports the run's verdicts to {@code target} in the background; ignored while none are loaded. */
    public void exportTo(Path target) {
        if (exportable.get()) {
            verdicts.exportTo(target);
        }
    }

    /** Whether there is an audit to export: a run is selected and its verdicts are loaded. */
    public ObservableBooleanValue exportableProperty() {
        return exportable;
    }

    /** The selected run's name, for naming an export; empty when none is selected. */
    public String runName() {
        RunResults run = selection.runProperty().get();
        return run == null ? "" : run.name();
    }
}
