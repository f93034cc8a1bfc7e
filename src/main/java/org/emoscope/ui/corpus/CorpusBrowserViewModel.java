package org.emoscope.ui.corpus;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.AuditEntry;
import org.emoscope.experiment.ClipKey;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.Verdict;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.ImportProblem;
import org.emoscope.ui.WorkbenchSelection;
import org.emoscope.ui.Workspace;
import org.emoscope.ui.audit.RunVerdicts;

/**
 * The corpus browser's state: the filters over the {@link Workspace}'s clips (corpus, language, speaker, emotion,
 * text; with a run selected also "misclassified only" and audit state), the selected run's prediction and verdict
 * per clip, and a status line. The clips shown, in the table's order, become the workbench's navigation list
 * whenever the user works in the browser. All properties change on the FX thread (the workspace's callback thread).
 */
public final class CorpusBrowserViewModel {
    private final Workspace workspace;
    private final WorkbenchSelection selection;
    private final RunVerdicts verdicts;

    private final FilteredList<Clip> visibleClips;
    private final SortedList<Clip> sortedClips;
    private final ObservableList<Clip> navigation;
    // Read-only views made once (see the ui package's documentation).
    private final ObservableList<Clip> readOnlyVisibleClips;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Corpus> corpusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> languageFilter = new SimpleObjectProperty<>();
    private final ObservableSet<SpeakerChoice> speakerFilter = FXCollections.observableSet();
    private final ObservableSet<Emotion> emotionFilter = FXCollections.observableSet();
    private final BooleanProperty misclassifiedOnly = new SimpleBooleanProperty(false);
    private final ObjectProperty<AuditFilter> auditFilter = new SimpleObjectProperty<>(AuditFilter.ANY);
    private final ObservableList<Corpus> corpusChoices = FXCollections.observableArrayList();
    private final ObservableList<Language> languageChoices = FXCollections.observableArrayList();
    private final ObservableList<SpeakerChoice> speakerChoices = FXCollections.observableArrayList();
    private final ObservableList<Emotion> emotionChoices = FXCollections.observableArrayList();
    private final ObservableList<Corpus> readOnlyCorpusChoices = FXCollections.unmodifiableObservableList(corpusChoices);
    private final ObservableList<Language> readOnlyLanguageChoices =
            FXCollections.unmodifiableObservableList(languageChoices);
    private final ObservableList<SpeakerChoice> readOnlySpeakerChoices =
            FXCollections.unmodifiableObservableList(speakerChoices);
    private final ObservableList<Emotion> readOnlyEmotionChoices = FXCollections.unmodifiableObservableList(emotionChoices);

    private final ObjectProperty<Clip> selectedClip = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper runSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No corpus open");

    /** A verdict of the selected clip changed under an audit filter: it is applied once the user moves on. */
    private boolean auditFilterStale;

    /** A browser on its own: no shared selection, and so never a run or verdicts. */
    public CorpusBrowserViewModel(Workspace workspace, TaskExecutor executor) {
        this(workspace, new WorkbenchSelection(),
                new RunVerdicts(new WorkbenchSelection(), executor, Clock.systemDefaultZone()));
    }

    /**
     * @param selection the workbench's selection: its run adds the run columns and filters, and the
     *                  browser's shown clips become its navigation list when the browser is used
     * @param verdicts  the audit of {@code selection}'s run, for the verdict column and filter
     */
    public CorpusBrowserViewModel(Workspace workspace, WorkbenchSelection selection, RunVerdicts verdicts) {
        this.workspace = workspace;
        this.selection = selection;
        this.verdicts = verdicts;
        visibleClips = new FilteredList<>(workspace.clips(), clip -> true);
        sortedClips = new SortedList<>(visibleClips);
        navigation = FXCollections.unmodifiableObservableList(sortedClips);
        readOnlyVisibleClips = FXCollections.unmodifiableObservableList(visibleClips);
        visibleClips.addListener((ListChangeListener<Clip>) change -> updateStatus());
        workspace.clips().addListener((ListChangeListener<Clip>) change -> clipsOpened());
        workspace.problems().addListener((ListChangeListener<ImportProblem>) change -> updateStatus());
        ChangeListener<Object> refilterOnChange = (obs, old, now) -> filtersChanged();
        for (var filter : List.of(searchText, corpusFilter, languageFilter, misclassifiedOnly, auditFilter)) {
            filter.addListener(refilterOnChange);
        }
        speakerFilter.addListener((SetChangeListener<SpeakerChoice>) change -> filtersChanged());
        emotionFilter.addListener((SetChangeListener<Emotion>) change -> filtersChanged());
        corpusFilter.addListener((obs, old, now) -> updateSpeakerChoices());
        languageFilter.addListener((obs, old, now) -> updateSpeakerChoices());
        selection.runProperty().addListener((obs, old, run) -> runChanged(run));
        this.verdicts.stateProperty().addListener((obs, old, now) -> refilter());
        this.verdicts.entries().addListener((MapChangeListener<ClipKey, AuditEntry>) this::verdictChanged);
        selectedClip.addListener((obs, old, clip) -> {
            if (auditFilterStale) {
                refilter();
            }
        });
        selection.navigationListProperty().set(navigation);
        updateChoices();
        runChanged(selection.runProperty().get());
    }

    /** The open corpora whose clips this browser filters. */
    public Workspace workspace() {
        return workspace;
    }

    private void clipsOpened() {
        updateChoices();
        if (selectedClip.get() == null && !sortedClips.isEmpty()) {
            selectedClip.set(sortedClips.get(0));
        }
        updateStatus();
    }

    /** The user picked {@code clip} in the browser: it is shown, and next/previous walk the browser's list. */
    public void browse(Clip clip) {
        selection.navigationListProperty().set(navigation);
        selectedClip.set(clip);
    }

    /** The selected run's test prediction of {@code clip}; empty without a run or when the run did not test it. */
    public Optional<RunPrediction> predictionOf(Clip clip) {
        RunResults run = selection.runProperty().get();
        if (run == null || run.predictions().isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = run.predictions().get().labels();
        return testPrediction(run, clip).map(p -> new RunPrediction(labels.get(p.predictedClass()),
                p.probabilities()[p.predictedClass()], p.isCorrect()));
    }

    /** The verdict given to {@code clip} in the selected run's audit. */
    public Optional<Verdict> verdictOf(Clip clip) {
        RunResults run = selection.runProperty().get();
        if (run == null || !run.covers(clip)) {
            return Optional.empty();
        }
        return verdicts.entry(ClipKey.of(clip)).map(AuditEntry::verdict);
    }

    private static Optional<Prediction> testPrediction(RunResults run, Clip clip) {
        return run.predictionFor(clip);
    }

    private void runChanged(RunResults run) {
        runSelected.set(run != null);
        if (run == null) {
            misclassifiedOnly.set(false);
            auditFilter.set(AuditFilter.ANY);
        }
        refilter();
    }

    private void filtersChanged() {
        // Filtering is working in the browser: next/previous follow what it shows.
        selection.navigationListProperty().set(navigation);
        refilter();
    }

    private void verdictChanged(MapChangeListener.Change<? extends ClipKey, ? extends AuditEntry> change) {
        if (verdicts.stateProperty().get() != RunVerdicts.State.READY) {
            return;
        }
        Clip selected = selectedClip.get();
        if (!AuditFilter.ANY.equals(auditFilter.get())) {
            if (selected != null && ClipKey.of(selected).equals(change.getKey())) {
                // The clip being audited stays in view until the user moves on.
                auditFilterStale = true;
            } else {
                refilter();
            }
        }
        updateStatus();
    }

    private void refilter() {
        auditFilterStale = false;
        visibleClips.setPredicate(filter());
        updateStatus();
    }

    private Predicate<Clip> filter() {
        String needle = searchText.get() == null ? "" : searchText.get().strip().toLowerCase(Locale.ROOT);
        Corpus corpus = corpusFilter.get();
        Language language = languageFilter.get();
        Set<SpeakerChoice> speakers = Set.copyOf(speakerFilter);
        Set<Emotion> emotions = Set.copyOf(emotionFilter);
        RunResults run = selection.runProperty().get();
        boolean misclassified = run != null && misclassifiedOnly.get();
        AuditFilter audit = run == null || auditFilter.get() == null ? AuditFilter.ANY : auditFilter.get();
        return clip -> (corpus == null || Workspace.isIn(clip, corpus))
                && (language == null || clip.language() == language)
                && (speakers.isEmpty() || speakers.stream().anyMatch(speaker -> speaker.matches(clip)))
                && (emotions.isEmpty() || emotions.contains(clip.emotion()))
                && (needle.isEmpty() || searchable(clip).contains(needle))
                && (!misclassified || testPrediction(run, clip).map(p -> !p.isCorrect()).orElse(false))
                && (audit.equals(AuditFilter.ANY) || audit.accepts(testPrediction(run, clip).isPresent(),
                        verdictOf(clip).orElse(null)));
    }

    private boolean sharesItsKind(Clip clip) {
        return workspace.corpora().stream().filter(c -> c.kind() == clip.corpus()).count() > 1;
    }

    /** The name of a speaker choice: its key, with its corpus where another open corpus has the same ids. */
    public String labelOf(SpeakerChoice choice) {
        if (choice.corpusRoot() == null) {
            return choice.speaker().key();
        }
        // The key names the kind already; the folder tells the copies apart (its path where folder names repeat).
        String folder = Corpus.folderNameOf(choice.corpusRoot());
        boolean repeated = workspace.corpora().stream().filter(c -> Corpus.folderNameOf(c.root()).equals(folder)).count() > 1;
        return choice.speaker().key() + " · " + (repeated ? choice.corpusRoot().toString() : folder);
    }

    private static String searchable(Clip clip) {
        return (clip.relativePath() + " " + clip.speaker().key() + " " + clip.emotion().label()
                + " " + clip.textId() + " " + clip.language().code()).toLowerCase(Locale.ROOT);
    }

    private void updateChoices() {
        corpusChoices.setAll(withAll(new ArrayList<>(workspace.corpora())));
        languageChoices.setAll(withAll(distinct(Language::compareTo, Clip::language)));
        List<Emotion> emotions = distinct(Emotion::compareTo, Clip::emotion);
        emotionChoices.setAll(emotions);
        emotionFilter.retainAll(emotions);
        updateSpeakerChoices();
    }

    /**
     * The speakers of the chosen corpus and language; a chosen speaker outside them is dropped. Where
     * two open corpora are of one kind, their speakers are different people with the same ids, so
     * each is a choice of its own, named with its corpus.
     */
    private void updateSpeakerChoices() {
        Corpus corpus = corpusFilter.get();
        Language language = languageFilter.get();
        TreeSet<SpeakerChoice> speakers = new TreeSet<>();
        workspace.clips().stream()
                .filter(c -> (corpus == null || Workspace.isIn(c, corpus)) && (language == null || c.language() == language))
                .forEach(c -> speakers.add(new SpeakerChoice(c.speaker(), sharesItsKind(c) ? c.corpusRoot() : null)));
        speakerChoices.setAll(speakers);
        speakerFilter.retainAll(speakers);
    }

    private <T> List<T> distinct(Comparator<T> order, Function<Clip, T> value) {
        TreeSet<T> values = new TreeSet<>(order);
        workspace.clips().forEach(clip -> values.add(value.apply(clip)));
        return new ArrayList<>(values);
    }

    /** Puts null, the "all" choice, in front. */
    private static <T> List<T> withAll(List<T> values) {
        List<T> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(values);
        return choices;
    }

    private void updateStatus() {
        if (workspace.corpora().isEmpty()) {
            status.set("No corpus open");
            return;
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d of %d clips shown",
                visibleClips.size(), workspace.clips().size()));
        RunResults run = selection.runProperty().get();
        if (run != null) {
            int tested = 0;
            int wrong = 0;
            int audited = 0;
            for (Clip clip : visibleClips) {
                Optional<Prediction> prediction = testPrediction(run, clip);
                if (prediction.isPresent()) {
                    tested++;
                    wrong += prediction.get().isCorrect() ? 0 : 1;
                    audited += verdictOf(clip).isPresent() ? 1 : 0;
                }
            }
            text.append(String.format(Locale.ROOT, " (%d tested by %s: %d misclassified, %d audited)",
                    tested, run.name(), wrong, audited));
        }
        text.append(String.format(Locale.ROOT, " · %d corpora · %d problems", workspace.corpora().size(),
                workspace.problems().size()));
        status.set(text.toString());
    }

    /** Every clip shown, in the order the workspace lists them. */
    public ObservableList<Clip> visibleClips() {
        return readOnlyVisibleClips;
    }

    /** The clips shown, sorted by the comparator the view binds to its table's; the navigation list. */
    public SortedList<Clip> sortedClips() {
        return sortedClips;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Only clips of this corpus; null for all. */
    public ObjectProperty<Corpus> corpusFilterProperty() {
        return corpusFilter;
    }

    /** Only clips in this language; null for all. */
    public ObjectProperty<Language> languageFilterProperty() {
        return languageFilter;
    }

    /**
     * Only clips of these speakers; empty for all. A speaker the corpus or language filter excludes is dropped
     * from it.
     */
    public ObservableSet<SpeakerChoice> speakerFilter() {
        return speakerFilter;
    }

    /** Only clips labelled with one of these emotions; empty for all. */
    public ObservableSet<Emotion> emotionFilter() {
        return emotionFilter;
    }

    /** Only clips the selected run got wrong; ignored, and reset, without a run. */
    public BooleanProperty misclassifiedOnlyProperty() {
        return misclassifiedOnly;
    }

    /** Only clips in this audit state; ignored, and reset to {@link AuditFilter#ANY}, without a run. */
    public ObjectProperty<AuditFilter> auditFilterProperty() {
        return auditFilter;
    }

    /** The corpora of the open clips, null ("all") first. */
    public ObservableList<Corpus> corpusChoices() {
        return readOnlyCorpusChoices;
    }

    /** The languages of the open clips, null ("all") first. */
    public ObservableList<Language> languageChoices() {
        return readOnlyLanguageChoices;
    }

    /** The speakers of the open clips within the corpus and language filters, null ("all") first. */
    public ObservableList<SpeakerChoice> speakerChoices() {
        return readOnlySpeakerChoices;
    }

    /** The emotions of the open clips, null ("all") first. */
    public ObservableList<Emotion> emotionChoices() {
        return readOnlyEmotionChoices;
    }

    /** The clip the user is looking at; the first clip is selected once the first corpus opens. */
    public ObjectProperty<Clip> selectedClipProperty() {
        return selectedClip;
    }

    /** The run whose predictions and verdicts the run columns show; null when none is selected. */
    public ReadOnlyObjectProperty<RunResults> runProperty() {
        return selection.runProperty();
    }

    /** Whether a run is selected: the run columns and filters are shown. */
    public ReadOnlyBooleanProperty runSelectedProperty() {
        return runSelected.getReadOnlyProperty();
    }

    /** The selected run's audit entries, for cells that show a verdict and follow its changes. */
    public ObservableMap<ClipKey, AuditEntry> auditEntries() {
        return verdicts.entries();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
