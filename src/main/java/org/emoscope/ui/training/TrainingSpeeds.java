package org.emoscope.ui.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.emoscope.io.AtomicFiles;
import org.emoscope.model.ComputeBackend;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.model.ModelBenchmark;

/**
 * This machine's training speed per network, measured once by a few training steps on random input and kept in a
 * small JSON file (key: backend and device, network sizes, frames, batch; value: clips per second), so the training
 * form can say how long a run will take. A damaged or unreadable file counts as empty and is rewritten. Thread-safe.
 */
final class TrainingSpeeds {
    /** Timed steps after the untimed first one: enough to be within tens of percent, short even for the paper net. */
    private static final int STEPS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Training speed in clips per second of a network at a batch size, measured on the calling thread. */
    @FunctionalInterface
    interface Measurement {
        double clipsPerSecond(ModelArchitecture network, int batch) throws IOException;
    }

    private final Path file;
    private final Measurement measurement;

    TrainingSpeeds(Path file, Measurement measurement) {
        this.file = file;
        this.measurement = measurement;
    }

    /** Speeds measured by training steps of the real network on random input ({@link ModelBenchmark}). */
    static TrainingSpeeds measuredHere(Path file) {
        return new TrainingSpeeds(file,
                (network, batch) -> new ModelBenchmark().training(network, batch, STEPS).samplesPerSecond());
    }

    /** Beside the feature cache: {@code ~/.cache/emoscope/training-speed.json}. */
    static Path defaultFile(Path featureCache) {
        return featureCache.resolveSibling("training-speed.json");
    }

    /** The backend and device, every size of the network (its frames too) and the batch: what the speed depends on. */
    static String key(ComputeBackend backend, ModelArchitecture network, int batch) {
        return backend.kind() + " · " + backend.device() + " | " + network + " | batch " + batch;
    }

    synchronized OptionalDouble cached(String key) {
        ObjectNode speeds = read();
        return speeds.has(key) && speeds.get(key).isNumber() ? OptionalDouble.of(speeds.get(key).asDouble())
                : OptionalDouble.empty();
    }

    /** Measures {@code network} at {@code batch} on this thread (seconds to a minute), keeps and returns clips/s. */
    synchronized double measure(String key, ModelArchitecture network, int batch) throws IOException {
        double clipsPerSecond = measurement.clipsPerSecond(network, batch);
        ObjectNode speeds = read();
        speeds.put(key, clipsPerSecond);
        AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(speeds));
        return clipsPerSecond;
    }

    private ObjectNode read() {
        try {
            if (Files.isRegularFile(file) && JSON.readTree(file.toFile()) instanceof ObjectNode speeds) {
                return speeds;
            }
        } catch (IOException e) {
            // A damaged or unreadable cache only costs a measurement.
        }
        return JSON.createObjectNode();
    }
}
