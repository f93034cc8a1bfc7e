package org.emoscope.ui.results;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.experiment.AttentionDeletion;
import org.emoscope.experiment.AttentionGroup;
import org.emoscope.experiment.AttentionSurvey;
import org.emoscope.experiment.AttentionSurveyCsv;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;

/**
 * The Results view's attention survey of the selected run ({@link AttentionSurvey}) and its deletion test
 * ({@link AttentionDeletion}): each started on request, since it reads every test clip with its fold model (about a
 * minute for the 535 clips of EMO-DB with the compact net), with progress and cancel; the survey's groups (per
 * emotion or per speaker) for the charts and the table, and the deletion curves. A survey is kept per run for the
 * session; the deletion curves are kept in the run folder and read back when the run is selected. Called on the
 * executor's callback thread (the FX thread in the workbench).
 */
public final class AttentionViewModel {
    /** How the clips are pooled. */
    public enum Grouping {
        EMOTION("per emotion"), SPEAKER("per speaker");

        private final String label;

        Grouping(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<AttentionSurvey> survey = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttentionDeletion.Curves> deletion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canTestDeletion = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.EMOTION);
    private final ObservableList<AttentionGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<AttentionGroup> groupsReadOnly = FXCollections.unmodifiableObservableList(groups);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSurvey = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<Path, AttentionSurvey> surveyed = new HashMap<>();
    private RunResults run;
    private TaskHandle task;

    public AttentionViewModel(TaskExecutor executor, ObjectProperty<RunResults> selectedRun) {
        this.executor = executor;
        selectedRun.addListener((obs, old, now) -> show(now));
        grouping.addListener((obs, old, now) -> fillGroups());
        show(selectedRun.get());
    }

    /** Surveys the selected run in the background; does nothing while a survey runs or without a run. */
    public void survey() {
        if (canSurvey.get()) {
            RunResults surveyedRun = run;
            start("Survey attention", "Reading the test clips of " + run.name() + " with their fold models…",
                    context -> AttentionSurvey.of(surveyedRun, context),
                    result -> surveyed.put(surveyedRun.directory(), result), this::publish);
        }
    }

    /** Runs the deletion test of the selected run in the background and keeps its curves in the run folder. */
    public void testDeletion() {
        if (canTestDeletion.get()) {
            RunResults testedRun = run;
            start("Deletion test", "Deleting frames of the test clips of " + run.name() + "…", context -> {
                AttentionDeletion.Curves curves = AttentionDeletion.of(testedRun, context);
                AttentionDeletion.save(curves, testedRun.directory());
                return curves;
            }, curves -> { }, curves -> {
                deletion.set(curves);
                status.set(String.format(Locale.ROOT, "Deletion test of %d clips, kept in %s", curves.clips(),
                        AttentionDeletion.FILE));
            });
        }
    }

    /**
     * Runs {@code work} on the selected run in the background, with progress and cancel; {@code kept} sees the
     * result whatever is selected by then, {@code shown} only while its run is still the selected one.
     */
    private <T> void start(String title, String startMessage, BackgroundTask.Work<T> work, Consumer<T> kept,
                           Consumer<T> shown) {
        RunResults started = run;
        running.set(true);
        canSurvey.set(false);
        canTestDeletion.set(false);
        progress.set(0);
        status.set(startMessage);
        task = executor.execute(BackgroundTask.of(title + " of " + started.name(), work)
                .onProgress(p -> {
                    if (started == run) {
                        progress.set(p.fraction());
                    }
                })
                .onSuccess(result -> {
                    kept.accept(result);
                    if (started == run) {
                        shown.accept(result);
                        finished();
                    }
                })
                .onFailure(error -> {
                    if (started == run) {
                        finished();
                        status.set(title + " of " + started.name() + " failed: " + error.getMessage());
                    }
                })
                .onCancelled(() -> {
                    if (started == run) {
                        finished();
                        status.set(title + " cancelled");
                    }
                }));
    }

    /** Whatever ran is over: the commands the run allows are enabled again. */
    private void finished() {
        running.set(false);
        canSurvey.set(runHasNetwork() && survey.get() == null);
        canTestDeletion.set(runHasNetwork());
    }

    private boolean runHasNetwork() {
        return run != null && run.predictions().isPresent() && run.model().isEmpty();
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    private void show(RunResults selected) {
        cancel();
        run = selected;
        running.set(false);
        progress.set(0);
        deletion.set(null);
        canTestDeletion.set(runHasNetwork());
        if (runHasNetwork()) {
            readDeletion(selected);
        }
        AttentionSurvey known = selected == null ? null : surveyed.get(selected.directory());
        canSurvey.set(runHasNetwork() && known == null);
        if (known != null) {
            publish(known);
            return;
        }
        survey.set(null);
        groups.clear();
        if (selected == null) {
            status.set("Select a run to see where its models attend");
        } else if (selected.model().isPresent()) {
            status.set(selected.name() + " is a " + selected.model().get() + " run: it has no attention");
        } else if (selected.predictions().isEmpty()) {
            status.set(selected.name() + " has no test predictions yet");
        } else {
            status.set(String.format(Locale.ROOT, "Survey reads the %d test clips, each with the fold model that held "
                    + "its speaker out", selected.predictions().get().predictions().size()));
        }
    }

    /** Shows the deletion curves the run kept, read in the background; a damaged file is said in the status. */
    private void readDeletion(RunResults selected) {
        executor.execute(BackgroundTask.of("Read " + AttentionDeletion.FILE, context ->
                        AttentionDeletion.read(selected.directory()))
                .onSuccess(kept -> {
                    if (selected == run) {
                        kept.ifPresent(deletion::set);
                    }
                })
                .onFailure(error -> {
                    if (selected == run) {
                        status.set(error.getMessage());
                    }
                }));
    }

    private void publish(AttentionSurvey result) {
        survey.set(result);
        fillGroups();
        status.set(String.format(Locale.ROOT, "%d clips surveyed%s", result.clips().size(),
                result.problems().isEmpty() ? "" : "; left out: " + String.join("; ", result.problems())));
    }

    private void fillGroups() {
        AttentionSurvey shown = survey.get();
        groups.setAll(shown == null ? List.of()
                : grouping.get() == Grouping.EMOTION ? shown.byEmotion() : shown.bySpeaker());
    }

    /** The shown survey's mean profiles ({@link AttentionSurveyCsv#profiles}); call only while one is shown. */
    public CsvTable profilesTable() {
        return AttentionSurveyCsv.profiles(survey.get());
    }

    /** The shown survey's peak positions ({@link AttentionSurveyCsv#peaks}). */
    public CsvTable peaksTable() {
        return AttentionSurveyCsv.peaks(survey.get());
    }

    /** The shown survey's per-clip figures ({@link AttentionSurveyCsv#clips}). */
    public CsvTable clipsTable() {
        return AttentionSurveyCsv.clips(survey.get());
    }

    /** The selected run's deletion curves: kept from an earlier test, or just made; null without. */
    public ReadOnlyObjectProperty<AttentionDeletion.Curves> deletionProperty() {
        return deletion.getReadOnlyProperty();
    }

    /** Whether the deletion test can start: a network run with predictions is selected and nothing runs. */
    public ReadOnlyBooleanProperty canTestDeletionProperty() {
        return canTestDeletion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AttentionSurvey> surveyProperty() {
        return survey.getReadOnlyProperty();
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The shown survey's groups under the chosen grouping, in name order. */
    public ObservableList<AttentionGroup> groups() {
        return groupsReadOnly;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether Survey can start: a network run with predictions is selected and not yet surveyed. */
    public ReadOnlyBooleanProperty canSurveyProperty() {
        return canSurvey.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
