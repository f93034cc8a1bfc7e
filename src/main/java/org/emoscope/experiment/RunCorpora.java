package org.emoscope.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.emoscope.corpus.Clip;
import org.emoscope.training.AddedCorpus;
import org.emoscope.training.TrainingConfig;

/**
 * The corpora a run read, which decide which clips are the run's: the roots recorded in
 * {@code environment.json} beside their fingerprints ({@code "emodb:/data/emodb/wav"}: the folders
 * clip paths are relative to) and the folders its configuration names. Runs that predate recorded
 * roots fall back to the configured folders. Immutable.
 *
 * @param roots             the recorded corpus roots, absolute and normalised
 * @param configuredFolders the target folder first, then the added ones, as configured
 */
record RunCorpora(Set<Path> roots, List<Path> configuredFolders) {
    RunCorpora {
        roots = Set.copyOf(roots);
        configuredFolders = List.copyOf(configuredFolders);
    }

    static RunCorpora of(RunEnvironment environment, TrainingConfig config) {
        Set<Path> roots = new TreeSet<>();
        for (String key : environment.corpusFingerprints().keySet()) {
            int colon = key.indexOf(':');
            if (colon > 0) {
                roots.add(Path.of(key.substring(colon + 1)).toAbsolutePath().normalize());
            }
        }
        List<Path> folders = new ArrayList<>();
        if (config.targetCorpus() != null) {
            folders.add(config.targetCorpus().toAbsolutePath().normalize());
        }
        for (AddedCorpus added : config.addedCorpora()) {
            folders.add(added.folder().toAbsolutePath().normalize());
        }
        return new RunCorpora(roots.isEmpty() ? Set.copyOf(folders) : roots, folders);
    }

    /** Whether {@code clip} lies in one of the run's corpora (a copy elsewhere does not). */
    boolean holds(Clip clip) {
        Path root = clip.corpusRoot().toAbsolutePath().normalize();
        return roots.stream().anyMatch(root::startsWith);
    }

    /**
     * The root of the corpus the run tested on: the recorded root in the configured target folder,
     * the only recorded one for a run moved with its corpus (the demo run), else the configured folder.
     */
    Optional<Path> testRoot() {
        if (roots.size() == 1) {
            return roots.stream().findFirst();
        }
        if (configuredFolders.isEmpty()) {
            return Optional.empty();
        }
        Path target = configuredFolders.get(0);
        return Optional.of(roots.stream().filter(root -> root.startsWith(target)).findFirst().orElse(target));
    }
}
