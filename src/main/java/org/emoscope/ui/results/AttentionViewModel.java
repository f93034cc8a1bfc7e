package org.emoscope.ui.results;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.emoscope.experiment.AttentionGroup;
import org.emoscope.experiment.AttentionSurvey;
import org.emoscope.experiment.AttentionSurveyCsv;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.TaskExecutor;
import org.emoscope.task.TaskHandle;

/**
 * The Results view's attention survey of the selected run ({@link AttentionSurvey}): started on request, since it
 * reads every test clip with its fold model (about a minute for the 535 clips of EMO-DB with the compact net),
 * with progress and cancel; its groups (per emotion or per speaker) for the charts and the table. A survey is kept
 * per run for the session, so going back to a run shows it at once. Called on the executor's callback thread (the
 * FX thread in the workbench).
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
        if (!canSurvey.get()) {
            return;
        }
        RunResults surveyedRun = run;
        running.set(true);
        canSurvey.set(false);
        progress.set(0);
        status.set("Reading the test clips of " + run.name() + " with their fold models…");
        task = executor.execute(BackgroundTask.of("Survey attention of " + run.name(),
                        context -> AttentionSurvey.of(surveyedRun, context))
                .onProgress(p -> {
                    if (surveyedRun == run) {
                        progress.set(p.fraction());
                    }
                })
                .onSuccess(result -> {
                    surveyed.put(surveyedRun.directory(), result);
                    if (surveyedRun == run) {
                        running.set(false);
                        publish(result);
                    }
                })
                .onFailure(error -> {
                    if (surveyedRun == run) {
                        running.set(false);
                        canSurvey.set(true);
                        status.set("Could not survey " + surveyedRun.name() + ": " + error.getMessage());
                    }
                })
                .onCancelled(() -> {
                    if (surveyedRun == run) {
                        running.set(false);
                        canSurvey.set(true);
                        status.set("Survey cancelled");
                    }
                }));
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
        AttentionSurvey known = selected == null ? null : surveyed.get(selected.directory());
        if (known != null) {
            publish(known);
            return;
        }
        survey.set(null);
        groups.clear();
        canSurvey.set(selected != null && selected.predictions().isPresent() && selected.model().isEmpty());
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

    private void publish(AttentionSurvey result) {
        survey.set(result);
        canSurvey.set(false);
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
