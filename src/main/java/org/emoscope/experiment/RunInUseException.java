package org.emoscope.experiment;

import java.nio.file.Path;

/** A run folder is held by a live process (this one or another), so it cannot be written to. */
public class RunInUseException extends ExperimentFolderException {
    public RunInUseException(Path folder) {
        super(folder, "the run is in use by a running process (its lock file is held)");
    }
}
