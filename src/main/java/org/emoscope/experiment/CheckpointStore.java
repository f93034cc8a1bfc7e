package org.emoscope.experiment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkpoints of a run, {@code checkpoints/fold-<id>/}: files {@code epoch-<n>.zip} and {@code checkpoint.json}
 * naming the latest complete one. The newest {@value #KEPT} and the best epoch's are kept.
 *
 * <p>Order of a commit: the caller has written the epoch's files completely; {@code checkpoint.json}
 * is then replaced atomically; only after that are old epochs deleted. A kill before the JSON is
 * replaced leaves the previous checkpoint named and intact; a kill before the deletion leaves
 * extra files that the next commit deletes. Not thread-safe: one trainer writes a run.
 */
final class CheckpointStore {
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
    private static final String JSON = "checkpoint.json";
    private static final String MODEL_EXTENSION = "zip";
    /** How many of the newest checkpoints a commit keeps besides the best one. */
    static final int KEPT = 2;
    /** An epoch's files: its model, and in runs of an earlier design state files beside it, rotated alike. */
    private static final Pattern EPOCH_FILE = Pattern.compile("epoch-(\\d{1,9})\\.(.+)");

    private final Path root;

    CheckpointStore(Path root) {
        this.root = root;
    }

    Path foldFolder(String foldId) {
        return root.resolve("fold-" + FoldFileNames.encode(foldId));
    }

    Path modelPath(String foldId, int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must not be negative: " + epoch);
        }
        return foldFolder(foldId).resolve("epoch-" + epoch + "." + MODEL_EXTENSION);
    }

    /**
     * Names the given epoch's model as the fold's latest checkpoint, then deletes the epochs beyond
     * the newest {@link #KEPT} and the best one.
     *
     * @throws ExperimentFolderException naming the model file when it is missing
     */
    Checkpoint commit(String foldId, int epoch, int bestEpoch, double bestScore) throws IOException {
        requireFile(modelPath(foldId, epoch));
        Checkpoint checkpoint = new Checkpoint(foldId, epoch, modelPath(foldId, epoch).getFileName().toString(),
                bestEpoch, bestScore, Instant.now());
        JsonFiles.write(foldFolder(foldId).resolve(JSON), checkpoint);
        deleteOldEpochs(foldId, epoch, bestEpoch);
        return checkpoint;
    }

    private static void requireFile(Path file) throws ExperimentFolderException {
        if (!Files.isRegularFile(file)) {
            throw new ExperimentFolderException(file, "is missing; write the checkpoint's model before committing it");
        }
    }

    /** The fold's latest complete checkpoint, or empty when none was committed. */
    Optional<Checkpoint> latest(String foldId) throws ExperimentFolderException {
        Path json = foldFolder(foldId).resolve(JSON);
        if (!Files.exists(json)) {
            return Optional.empty();
        }
        Checkpoint checkpoint = JsonFiles.read(json, Checkpoint.class);
        requireFile(foldFolder(foldId).resolve(checkpoint.modelFile()));
        return Optional.of(checkpoint);
    }

    private void deleteOldEpochs(String foldId, int latest, int best) throws IOException {
        Path folder = foldFolder(foldId);
        TreeSet<Integer> modelEpochs = new TreeSet<>();
        Map<Path, Integer> epochFiles = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Matcher m = EPOCH_FILE.matcher(entry.getFileName().toString());
                if (m.matches()) {
                    int epoch = Integer.parseInt(m.group(1));
                    epochFiles.put(entry, epoch);
                    if (m.group(2).equals(MODEL_EXTENSION) && epoch <= latest) {
                        modelEpochs.add(epoch);
                    }
                }
            }
        }
        Set<Integer> keep = new HashSet<>(modelEpochs.descendingSet().stream().limit(KEPT).toList());
        keep.add(best);
        // Epochs after the latest were written by a run killed before committing them: nothing names them.
        for (Map.Entry<Path, Integer> file : epochFiles.entrySet()) {
            if (!keep.contains(file.getValue())) {
                Files.deleteIfExists(file.getKey());
                LOG.debug("Deleted old checkpoint file {}", file.getKey());
            }
        }
    }
}
