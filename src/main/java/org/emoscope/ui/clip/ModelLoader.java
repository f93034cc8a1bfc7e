package org.emoscope.ui.clip;

import java.nio.file.Path;

/** Opens a model file for the clip view; slow, called on a background thread. */
@FunctionalInterface
public interface ModelLoader {
    ClipAnalyser load(Path modelFile) throws Exception;
}
