package org.emoscope.experiment;

import java.io.IOException;
import org.emoscope.io.AtomicFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.corpus.NotACorpusException;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the bundled demo run (trained on the sample corpus) into the user's runs folder, so the
 * first launch lists a run with a confusion matrix and its verdicts can be saved (the bundled copy
 * may be read-only). Copies once: a demo run already there, audited or not, is left alone. The copy
 * is made beside its destination and moved into place, so a crash never leaves a half-copied run.
 * Touches the disk: call it off the FX thread.
 */
public final class DemoRun {
    public static final String NAME = "demo-sample-emodb";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRun.class);

    private DemoRun() {
    }

    /**
     * @return the demo run in {@code runsFolder}, empty when {@code bundled} is not a run
     * @throws IOException when the runs folder cannot be written
     */
    public static Optional<Path> installInto(Path runsFolder, Path bundled) throws IOException {
        if (!ExperimentFolder.isRun(bundled)) {
            LOG.warn("{} is not a run; no demo run installed", bundled);
            return Optional.empty();
        }
        Path installed = runsFolder.resolve(NAME);
        Path samples = bundled.toAbsolutePath().getParent();
        if (Files.exists(installed)) {
            pointAtSampleCorpora(installed, samples);
            return Optional.of(installed);
        }
        Path staging = AtomicFiles.createStagingFolder(runsFolder, NAME);
        try {
            copyTree(bundled, staging);
            pointAtSampleCorpora(staging, samples);
            AtomicFiles.moveFolderIntoPlace(staging, installed);
        } finally {
            deleteTree(staging);
        }
        LOG.info("Installed the demo run into {}", installed);
        return Optional.of(installed);
    }

    /**
     * The demo run records the corpus folder it was trained on, and a run only annotates clips of
     * its own corpora; the sample corpus lies wherever Emoscope is installed. So each corpus the run
     * names by a folder that does not hold it is pointed at the sample folder whose fingerprint is
     * the one recorded: the same clips, byte for byte.
     */
    private static void pointAtSampleCorpora(Path run, Path samples) throws IOException {
        Path file = run.resolve(ExperimentFolder.ENVIRONMENT_FILE);
        RunEnvironment environment = JsonFiles.read(file, RunEnvironment.class);
        Map<String, String> sampleKeyByFingerprint = new HashMap<>();
        for (Path folder : sampleCorpusFolders(samples)) {
            try {
                Corpus corpus = new CorpusReader().read(folder);
                sampleKeyByFingerprint.put(CorpusFingerprint.of(corpus), CorpusFingerprint.keyOf(corpus));
            } catch (NotACorpusException e) {
                LOG.debug("{} is no sample corpus: {}", folder, e.getMessage());
            }
        }
        Map<String, String> relocated = new TreeMap<>();
        environment.corpusFingerprints().forEach((key, fingerprint) ->
                relocated.put(sampleKeyByFingerprint.getOrDefault(fingerprint, key), fingerprint));
        if (!relocated.equals(environment.corpusFingerprints())) {
            JsonFiles.write(file, environment.withCorpusFingerprints(relocated));
            LOG.info("Demo run {} now names the sample corpora at {}", run, samples);
        }
    }

    private static List<Path> sampleCorpusFolders(Path samples) throws IOException {
        try (Stream<Path> entries = Files.list(samples)) {
            return entries.filter(Files::isDirectory).filter(folder -> !ExperimentFolder.isRun(folder)).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(from)) {
            entries = walk.toList();
        }
        for (Path source : entries) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                AtomicFiles.createFolders(target);
            } else {
                AtomicFiles.write(target, Files.readAllBytes(source));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(root)) {
            entries = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path entry : entries) {
            Files.deleteIfExists(entry);
        }
    }
}
