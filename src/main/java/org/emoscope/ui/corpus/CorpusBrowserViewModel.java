package org.emoscope.ui.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.corpus.NotACorpusException;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskContext;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.ClipCatalog;

/**
 * The corpus browser's state: the clips of every opened corpus, a text filter over them, the files
 * that did not become clips, and the progress of an import. Imports run through the
 * {@link TaskExecutor}; all properties change on the executor's callback thread (the FX thread in
 * the workbench).
 */
public final class CorpusBrowserViewModel implements ClipCatalog {
    private final CorpusReader reader;
    private final TaskExecutor executor;

    private final ObservableList<Clip> clips = FXCollections.observableArrayList();
    private final FilteredList<Clip> visibleClips = new FilteredList<>(clips, clip -> true);
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final List<Corpus> corpora = new ArrayList<>();
    private final ObservableList<Corpus> openCorpora = FXCollections.observableArrayList();
    private final Map<String, Clip> clipsByKey = new HashMap<>();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<Clip> selectedClip = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No corpus open");

    public CorpusBrowserViewModel(CorpusReader reader, TaskExecutor executor) {
        this.reader = reader;
        this.executor = executor;
        searchText.addListener((obs, old, text) -> visibleClips.setPredicate(matching(text)));
        visibleClips.addListener((ListChangeListener<Clip>) change -> updateStatus());
    }

    /** Opens corpus folders in the background; folders that are not corpora become problems. */
    public void open(List<Path> folders) {
        openInBackground(() -> folders);
    }

    /** Opens every corpus of the bundled sample folder; a missing sample folder becomes a problem. */
    public void openBundledSamples() {
        openInBackground(() -> {
            Path samples = BundledSamples.locate().orElseThrow(() -> new IOException(
                    "no " + BundledSamples.FOLDER_NAME + " folder found beside the application"));
            return BundledSamples.corpusFolders(samples);
        });
    }

    /** Where the folders to open come from; listing them may touch the disk, so it runs in the task. */
    @FunctionalInterface
    private interface FolderSource {
        List<Path> folders() throws IOException;
    }

    private void openInBackground(FolderSource source) {
        importing.set(true);
        importProgress.set(Progress.INDETERMINATE);
        executor.execute(BackgroundTask.of("Import corpora", context -> readAll(source.folders(), context))
                .onProgress(progress -> importProgress.set(progress.fraction()))
                .onSuccess(this::addResults)
                .onFailure(error -> {
                    problems.add(new ImportProblem("", "", "import failed: " + error.getMessage()));
                    importing.set(false);
                })
                .onCancelled(() -> importing.set(false)));
    }

    private ImportResult readAll(List<Path> folders, TaskContext context) {
        List<Corpus> read = new ArrayList<>();
        List<ImportProblem> notCorpora = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            int index = i;
            context.checkCancelled();
            try {
                read.add(reader.read(folder, (done, total) -> context.progress(
                        Progress.of((long) index * total + done, (long) folders.size() * total,
                                "Reading " + folder.getFileName()))));
            } catch (NotACorpusException e) {
                notCorpora.add(new ImportProblem(folder.toString(), "", e.reason()));
            }
        }
        return new ImportResult(read, notCorpora);
    }

    private record ImportResult(List<Corpus> corpora, List<ImportProblem> notCorpora) {
    }

    private void addResults(ImportResult result) {
        for (Corpus corpus : result.corpora()) {
            corpora.add(corpus);
            openCorpora.add(corpus);
            clips.addAll(corpus.clips());
            corpus.clips().forEach(clip -> clipsByKey.put(key(clip.speaker().key(), clip.relativePath()), clip));
            corpus.problems().forEach(p ->
                    problems.add(new ImportProblem(corpus.root().toString(), p.relativePath(), p.reason())));
        }
        problems.addAll(result.notCorpora());
        if (selectedClip.get() == null && !visibleClips.isEmpty()) {
            selectedClip.set(visibleClips.get(0));
        }
        importing.set(false);
        importProgress.set(1);
        updateStatus();
    }

    @Override
    public Optional<Clip> find(String speakerKey, String relativePath) {
        return Optional.ofNullable(clipsByKey.get(key(speakerKey, relativePath)));
    }

    private static String key(String speakerKey, String relativePath) {
        return speakerKey + "|" + relativePath;
    }

    private void updateStatus() {
        status.set(corpora.isEmpty() ? "No corpus open"
                : String.format(Locale.ROOT, "%d of %d clips shown · %d corpora · %d problems",
                        visibleClips.size(), clips.size(), corpora.size(), problems.size()));
    }

    private static Predicate<Clip> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return clip -> true;
        }
        return clip -> (clip.relativePath() + " " + clip.speaker().key() + " " + clip.emotion().label()
                + " " + clip.textId() + " " + clip.language().code()).toLowerCase(Locale.ROOT).contains(needle);
    }

    public ObservableList<Clip> visibleClips() {
        return FXCollections.unmodifiableObservableList(visibleClips);
    }

    /** The corpora opened so far, in the order they were opened. */
    public ObservableList<Corpus> openCorpora() {
        return FXCollections.unmodifiableObservableList(openCorpora);
    }

    public ObservableList<ImportProblem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The clip the user is looking at; the first clip is selected once the first corpus opens. */
    public ObjectProperty<Clip> selectedClipProperty() {
        return selectedClip;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
