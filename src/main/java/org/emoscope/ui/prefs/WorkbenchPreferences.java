package org.emoscope.ui.prefs;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the workbench remembers between sessions: the window layout, the corpus folders that were
 * open (reopened on start; none: the bundled sample corpus), the folder of the last selected run
 * (null: none) and the runs folder (null: the default, see
 * {@link org.emoscope.ui.RunsFolder#locate(Path)}). Immutable; missing values become the
 * defaults, so a file written by an older version, or edited by hand, still reads.
 */
public record WorkbenchPreferences(WindowLayout window, List<Path> corpora, Path lastRun, Path runsFolder) {
    public static final WorkbenchPreferences DEFAULT = new WorkbenchPreferences(null, null, null, null);

    public WorkbenchPreferences {
        window = window == null ? WindowLayout.DEFAULT : window;
        corpora = corpora == null ? List.of() : corpora.stream().filter(Objects::nonNull).distinct().toList();
    }

    public WorkbenchPreferences withWindow(WindowLayout newWindow) {
        return new WorkbenchPreferences(newWindow, corpora, lastRun, runsFolder);
    }

    public WorkbenchPreferences withCorpora(List<Path> newCorpora) {
        return new WorkbenchPreferences(window, newCorpora, lastRun, runsFolder);
    }

    public WorkbenchPreferences withLastRun(Path newLastRun) {
        return new WorkbenchPreferences(window, corpora, newLastRun, runsFolder);
    }

    public WorkbenchPreferences withRunsFolder(Path newRunsFolder) {
        return new WorkbenchPreferences(window, corpora, lastRun, newRunsFolder);
    }
}
