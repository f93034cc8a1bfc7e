package org.emoscope.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.corpus.NotACorpusException;
import org.emoscope.experiment.ClipKey;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.Progress;
import org.emoscope.task.TaskContext;
import org.emoscope.task.TaskExecutor;

/**
 * The corpora open in the workbench, shared by the views that use them: the browser filters their clips, Training
 * trains on them, Results finds the clips behind its predictions ({@link ClipCatalog}) and the preferences remember
 * them. Also the files that did not become clips and the progress of an import. Imports run through the
 * {@link TaskExecutor}; the lists and properties change on its callback thread (the FX thread in the workbench).
 */
public final class Workspace implements ClipCatalog {
    private final CorpusReader reader;
    private final TaskExecutor executor;

    private final ObservableList<Corpus> corpora = FXCollections.observableArrayList();
    private final ObservableList<Clip> clips = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    // Read-only views made once (see the ui package's documentation).
    private final ObservableList<Corpus> readOnlyCorpora = FXCollections.unmodifiableObservableList(corpora);
    private final ObservableList<Clip> readOnlyClips = FXCollections.unmodifiableObservableList(clips);
    private final ObservableList<ImportProblem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    /** Every open clip by name and speaker; two open copies of a corpus put two clips under one key. */
    private final Map<ClipKey, List<Clip>> clipsByKey = new HashMap<>();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(0);

    public Workspace(CorpusReader reader, TaskExecutor executor) {
        this.reader = reader;
        this.executor = executor;
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
                .onSuccess(this::add)
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

    private void add(ImportResult result) {
        List<Clip> added = new ArrayList<>();
        List<ImportProblem> found = new ArrayList<>();
        for (Corpus corpus : result.corpora()) {
            added.addAll(corpus.clips());
            corpus.clips().forEach(clip -> clipsByKey.computeIfAbsent(ClipKey.of(clip), key -> new ArrayList<>()).add(clip));
            corpus.problems().forEach(p -> found.add(new ImportProblem(corpus.root().toString(), p.relativePath(),
                    p.reason())));
        }
        found.addAll(result.notCorpora());
        // Corpora first: a listener to the clips names each clip's corpus.
        corpora.addAll(result.corpora());
        clips.addAll(added);
        problems.addAll(found);
        importing.set(false);
        importProgress.set(1);
    }

    @Override
    public Optional<Clip> find(RunResults run, String speakerKey, String relativePath) {
        return clipsByKey.getOrDefault(new ClipKey(speakerKey, relativePath), List.of()).stream()
                .filter(run::covers).findFirst();
    }

    /** Two copies of one corpus hold clips of the same names: a clip belongs to the corpus of its folder. */
    public static boolean isIn(Clip clip, Corpus corpus) {
        return clip.corpus() == corpus.kind() && clip.corpusRoot().equals(corpus.root());
    }

    /**
     * How the workbench names an open corpus: {@link Corpus#label()}, with its folder added when another open
     * corpus has the same label (two copies in folders of one name).
     */
    public String labelOf(Corpus corpus) {
        String label = corpus.label();
        boolean shared = corpora.stream().filter(other -> other.label().equals(label)).count() > 1;
        return shared ? label + " (" + corpus.root() + ")" : label;
    }

    /** The label of the open corpus {@code clip} comes from, e.g. {@code "EMO-DB · emodb-2s"}. */
    public String corpusLabelOf(Clip clip) {
        return corpora.stream().filter(corpus -> isIn(clip, corpus)).findFirst().map(this::labelOf)
                .orElse(Corpus.labelOf(clip.corpus(), clip.corpusRoot()));
    }

    /** The corpora opened so far, in the order they were opened. */
    public ObservableList<Corpus> corpora() {
        return readOnlyCorpora;
    }

    /** The clips of every open corpus, in the order the corpora list them. */
    public ObservableList<Clip> clips() {
        return readOnlyClips;
    }

    /** The files and folders that did not become clips, in the order they were found. */
    public ObservableList<ImportProblem> problems() {
        return readOnlyProblems;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }
}
