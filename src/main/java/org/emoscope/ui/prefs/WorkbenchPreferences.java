package org.emoscope.ui.prefs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the workbench remembers between sessions: the window layout, the corpus folders that were
 * open (reopened on start), whether the bundled sample corpora were open too (null, as in files of
 * older versions: yes), the folder of the last selected run (null: none) and the runs folder
 * (null: the default, see {@link org.emoscope.ui.RunsFolder#locate(Path)}). Immutable; missing
 * values become the defaults, so a file written by an older version, or edited by hand, still reads.
 */
public record WorkbenchPreferences(WindowLayout window, List<Path> corpora, Path lastRun, Path runsFolder,
                                   Boolean sampleCorpora) {
    public static final WorkbenchPreferences DEFAULT = new WorkbenchPreferences(null, null, null, null, null);

    public WorkbenchPreferences {
        window = window == null ? WindowLayout.DEFAULT : window;
        corpora = corpora == null ? List.of() : corpora.stream().filter(Objects::nonNull).distinct().toList();
    }

    public WorkbenchPreferences(WindowLayout window, List<Path> corpora, Path lastRun, Path runsFolder) {
        this(window, corpora, lastRun, runsFolder, null);
    }

    /** Whether the bundled sample corpora open on start: when they were open last time, or nothing else is remembered. */
    public boolean opensSampleCorpora() {
        return corpora.isEmpty() || sampleCorpora == null || sampleCorpora;
    }

    public WorkbenchPreferences withSampleCorpora(boolean open) {
        return new WorkbenchPreferences(window, corpora, lastRun, runsFolder, open);
    }

    public WorkbenchPreferences withWindow(WindowLayout newWindow) {
        return new WorkbenchPreferences(newWindow, corpora, lastRun, runsFolder, sampleCorpora);
    }

    public WorkbenchPreferences withCorpora(List<Path> newCorpora) {
        return new WorkbenchPreferences(window, newCorpora, lastRun, runsFolder, sampleCorpora);
    }

    public WorkbenchPreferences withLastRun(Path newLastRun) {
        return new WorkbenchPreferences(window, corpora, newLastRun, runsFolder, sampleCorpora);
    }

    public WorkbenchPreferences withRunsFolder(Path newRunsFolder) {
        return new WorkbenchPreferences(window, corpora, lastRun, newRunsFolder, sampleCorpora);
    }
}
