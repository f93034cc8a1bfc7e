package org.emoscope.ui.clip;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fold models of runs that the clip view has opened, kept so that walking the clips of one fold
 * loads its model once. Holds at most {@code capacity} models (each is an ND4J graph with native
 * memory) and closes the least recently used one when another is needed. Thread-safe: loading
 * happens under this object's lock, on the caller's (background) thread.
 */
final class RunModels implements AutoCloseable {
    /** Enough for a fold and its neighbours while walking a confusion-matrix cell. */
    static final int DEFAULT_CAPACITY = 3;

    private final ModelLoader loader;
    private final int capacity;
    private final Map<Path, ClipAnalyser> loaded = new LinkedHashMap<>(8, 0.75f, true);

    RunModels(ModelLoader loader, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.loader = loader;
        this.capacity = capacity;
    }

    /** The model in {@code file}, loaded now or earlier; slow on first use. */
    synchronized ClipAnalyser get(Path file) throws Exception {
        ClipAnalyser cached = loaded.get(file);
        if (cached != null) {
            return cached;
        }
        ClipAnalyser model = loader.load(file);
        loaded.put(file, model);
        Iterator<ClipAnalyser> eldestFirst = loaded.values().iterator();
        while (loaded.size() > capacity) {
            // A clip still being read by the evicted model finishes first (analysers lock around analyse and close).
            ClipAnalyser evicted = eldestFirst.next();
            eldestFirst.remove();
            evicted.close();
        }
        return model;
    }

    /** The files of the models held, least recently used first. */
    synchronized List<Path> files() {
        return new ArrayList<>(loaded.keySet());
    }

    @Override
    public synchronized void close() {
        loaded.values().forEach(ClipAnalyser::close);
        loaded.clear();
    }
}
