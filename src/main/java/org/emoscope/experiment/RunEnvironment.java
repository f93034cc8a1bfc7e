package org.emoscope.experiment;

import org.emoscope.AppVersion;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.emoscope.training.SeedScheme;

/**
 * What a run ran on, for provenance ({@code environment.json}). Immutable.
 *
 * @param appVersion         the Emoscope version
 * @param backend            the numeric backend, e.g. {@code "CPU (nd4j-native, AVX2)"}
 * @param device             the device, e.g. {@code "GPU: NVIDIA H100"}
 * @param seed               the random seed of the run
 * @param seedScheme         how folds key their random streams ({@link SeedScheme#version()}); 1 for runs whose file
 *                           predates the field
 * @param corpusFingerprints corpus name → fingerprint (see {@link CorpusFingerprint}), in name order;
 *                           empty when missing from the file
 * @param java               Java version, vendor and VM
 * @param os                 operating system name, version and architecture
 * @param startTime          when the run started
 * @param endTime            when it finished; null while it runs or when it was killed
 */
public record RunEnvironment(String appVersion, String backend, String device, long seed, int seedScheme,
                             Map<String, String> corpusFingerprints, String java, String os,
                             Instant startTime, Instant endTime) {

    public RunEnvironment {
        Objects.requireNonNull(startTime, "startTime");
        seedScheme = SeedScheme.of(seedScheme).version();
        corpusFingerprints = corpusFingerprints == null ? Map.of()
                : Collections.unmodifiableMap(new TreeMap<>(corpusFingerprints));
    }

    /** The environment of a run starting now in this JVM, with the app version, Java and OS filled in. */
    public static RunEnvironment current(String backend, String device, long seed,
                                         Map<String, String> corpusFingerprints, Instant startTime) {
        String java = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                + System.getProperty("java.vm.name") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new RunEnvironment(AppVersion.get(), backend, device, seed, SeedScheme.CURRENT.version(),
                corpusFingerprints, java, os, startTime, null);
    }

    /** How the run's folds key their random streams. */
    public SeedScheme seeds() {
        return SeedScheme.of(seedScheme);
    }

    /** This environment naming its corpora otherwise (e.g. where a copied run finds them now). */
    public RunEnvironment withCorpusFingerprints(Map<String, String> fingerprints) {
        return new RunEnvironment(appVersion, backend, device, seed, seedScheme, fingerprints, java, os, startTime,
                endTime);
    }

    /** This environment with another end time (null: still running). */
    public RunEnvironment withEndTime(Instant time) {
        return new RunEnvironment(appVersion, backend, device, seed, seedScheme, corpusFingerprints, java, os,
                startTime, time);
    }
}
