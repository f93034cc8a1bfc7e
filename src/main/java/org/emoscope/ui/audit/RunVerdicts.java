package org.emoscope.ui.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.emoscope.experiment.AuditEntry;
import org.emoscope.experiment.ClipKey;
import org.emoscope.experiment.RunAudit;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.WorkbenchSelection;

/**
 * The audit of the selected run, shared by the audit bar and the corpus browser: every entry by
 * clip, loaded from the run's {@link RunAudit} when {@link WorkbenchSelection#runProperty()} changes,
 * and every change saved at once. Loading and saving run through the {@link TaskExecutor}; writes go
 * out one at a time, in order, and changes made while one is under way go out together in the next,
 * so the file always ends with the latest state. Use it and observe it on the executor's callback
 * thread (the FX thread in the workbench).
 */
public final class RunVerdicts {
    /** Where the audit of the selected run stands. */
    public enum State {
        NO_RUN, LOADING, READY, FAILED
    }

    private final TaskExecutor executor;
    private final Clock clock;
    private final DateTimeFormatter savedAt;
    private final ObservableMap<ClipKey, AuditEntry> entries = FXCollections.observableHashMap();
    // One wrapper for everyone: a wrapper made per call listens weakly and can be collected with its listeners.
    private final ObservableMap<ClipKey, AuditEntry> readOnlyEntries = FXCollections.unmodifiableObservableMap(entries);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_RUN);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");

    private Writer writer;
    private long generation;

    public RunVerdicts(WorkbenchSelection selection, TaskExecutor executor, Clock clock) {
        this.executor = executor;
        this.savedAt = DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone());
        this.clock = clock;
        selection.runProperty().addListener((obs, old, run) -> load(run));
        // An annotator moves from clip to clip: each move shows what other workbenches saved meanwhile.
        selection.clipProperty().addListener((obs, old, clip) -> takeInOtherSaves());
        load(selection.runProperty().get());
    }

    private void takeInOtherSaves() {
        Writer current = writer;
        if (current == null || current.writing) {
            return;
        }
        executor.execute(BackgroundTask.of("Read verdicts saved elsewhere", context -> current.audit.reloadIfChanged())
                .onSuccess(changed -> {
                    if (writer == current && !current.writing) {
                        changed.ifPresent(current::showSaved);
                    }
                })
                .onFailure(error -> current.report("Verdicts saved elsewhere cannot be read", message(error))));
    }

    private void load(RunResults run) {
        long loadGeneration = ++generation;
        writer = null;
        // The state changes first, so that listeners take the emptying for a change of run, not of verdicts.
        state.set(run == null ? State.NO_RUN : State.LOADING);
        entries.clear();
        problems.set("");
        if (run == null) {
            status.set("");
            return;
        }
        status.set("Loading verdicts…");
        executor.execute(BackgroundTask.of("Read the audit of " + run.name(), context -> RunAudit.open(run.directory()))
                .onSuccess(audit -> {
                    if (loadGeneration == generation) {
                        opened(audit);
                    }
                })
                .onFailure(error -> {
                    if (loadGeneration == generation) {
                        state.set(State.FAILED);
                        status.set("Verdicts cannot be read");
                        problems.set(message(error));
                    }
                }));
    }

    private void opened(RunAudit audit) {
        // Filled before the state says READY, so that listeners can take the new entries in at once.
        audit.entries().forEach(entry -> entries.put(entry.clip(), entry));
        writer = new Writer(audit);
        writer.report(entries.isEmpty() ? "No verdicts yet" : count(entries.size(), "entry", "entries"), "");
        state.set(State.READY);
    }

    /** Every entry of the selected run's audit by clip; empty unless {@link State#READY}. */
    public ObservableMap<ClipKey, AuditEntry> entries() {
        return readOnlyEntries;
    }

    public Optional<AuditEntry> entry(ClipKey clip) {
        return Optional.ofNullable(entries.get(clip));
    }

    /**
     * Sets ({@code entry} not null) or removes the entry of {@code clip} and saves the audit.
     *
     * @throws IllegalStateException unless {@link State#READY}
     */
    public void put(ClipKey clip, AuditEntry entry) {
        if (writer == null) {
            throw new IllegalStateException("no audit is open: " + state.get());
        }
        if (entry == null) {
            entries.remove(clip);
        } else {
            entries.put(clip, entry);
        }
        writer.submit(clip, entry);
    }

    /** Writes the saved entries to {@code target} in the background; the status tells how it went. */
    public void exportTo(Path target) {
        if (writer == null) {
            throw new IllegalStateException("no audit is open: " + state.get());
        }
        Writer exporting = writer;
        RunAudit audit = writer.audit;
        executor.execute(BackgroundTask.of("Export verdicts", context -> {
                    audit.exportTo(target);
                    return audit.entries().size();
                })
                .onSuccess(exported -> exporting.report(
                        "Exported " + count(exported, "entry", "entries") + " to " + target.getFileName(), ""))
                .onFailure(error -> exporting.report("Export failed", message(error))));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One short line: loading, how many verdicts, "Saving…", "Saved 14:02", or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The details behind the status: damaged lines of the audit file, or the error; empty when none. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String message(Throwable error) {
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }

    /** Saves the changes to one run's audit one write at a time; lives on the callback thread. */
    private final class Writer {
        private final RunAudit audit;
        // What reading the file skipped stays in view whatever happens next.
        private final String damage;
        private final String damageDetails;
        // The latest change of each clip not yet handed to a write; null removes the entry.
        private final Map<ClipKey, AuditEntry> unsaved = new LinkedHashMap<>();
        private boolean writing;

        Writer(RunAudit audit) {
            this.audit = audit;
            List<String> skipped = audit.problems();
            damage = skipped.isEmpty() ? ""
                    : " · " + count(skipped.size(), "damaged line", "damaged lines") + " in " + RunAudit.FILE_NAME + " skipped";
            damageDetails = skipped.isEmpty() ? "" : String.join("\n", skipped) + "\nThe file as found is kept as "
                    + audit.damagedCopy().orElseThrow().getFileName() + " once the next change is saved.";
        }

        /**
         * Shows the audit as saved, which includes what other workbenches saved meanwhile; a clip
         * changed here but not yet written keeps its change.
         */
        private void showSaved(List<AuditEntry> saved) {
            Map<ClipKey, AuditEntry> byClip = new LinkedHashMap<>();
            saved.forEach(entry -> byClip.put(entry.clip(), entry));
            entries.keySet().removeIf(clip -> !byClip.containsKey(clip) && !unsaved.containsKey(clip));
            byClip.forEach((clip, entry) -> {
                if (!unsaved.containsKey(clip) && !entry.equals(entries.get(clip))) {
                    entries.put(clip, entry);
                }
            });
        }

        void submit(ClipKey clip, AuditEntry entry) {
            unsaved.put(clip, entry);
            if (!writing) {
                writeNext();
            }
        }

        private void writeNext() {
            Map<ClipKey, AuditEntry> batch = new LinkedHashMap<>(unsaved);
            unsaved.clear();
            writing = true;
            report("Saving…", "");
            executor.execute(BackgroundTask.of("Save verdicts", context -> {
                        for (Map.Entry<ClipKey, AuditEntry> change : batch.entrySet()) {
                            if (change.getValue() == null) {
                                audit.clear(change.getKey());
                            } else {
                                audit.set(change.getValue());
                            }
                        }
                        return batch.size();
                    })
                    .onSuccess(count -> {
                        writing = false;
                        showSaved(audit.entries());
                        report("Saved " + savedAt.format(clock.instant()), "");
                        if (!unsaved.isEmpty()) {
                            writeNext();
                        }
                    })
                    .onFailure(error -> {
                        // Kept for the next change to retry, unless that clip changed again meanwhile.
                        batch.forEach(unsaved::putIfAbsent);
                        writing = false;
                        report("Not saved", message(error));
                    })
                    .onCancelled(() -> {
                        batch.forEach(unsaved::putIfAbsent);
                        writing = false;
                    }));
        }

        /** Only the writer of the selected run speaks; an earlier run's finishes quietly. */
        private void report(String line, String details) {
            if (writer == this) {
                status.set(line + damage);
                problems.set(String.join("\n", details, damageDetails).strip());
            }
        }
    }
}
