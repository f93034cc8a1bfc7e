package org.emoscope.features;

import org.emoscope.io.AtomicFiles;
import org.emoscope.io.XdgDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An on-disk cache of feature matrices ({@code [bands][frames]} float32), one file per audio file
 * content and parameter set.
 *
 * <p>Key: SHA-256 of the audio file's bytes, the {@link MelSpectrogramConfig} and a code version
 * string, so renaming a file keeps its entry while changing its content, a parameter or the feature
 * code misses. Each entry is written atomically and carries the SHA-256 of its own bytes; an entry
 * that is damaged, truncated or unreadable is logged, recomputed and rewritten, never trusted.
 *
 * <p>Entry layout ({@code <key>.mel}, little-endian): magic {@code "EMOMEL01"}, int32 rows,
 * int32 columns, rows×columns float32 in C order, then the 32-byte SHA-256 of everything before it.
 *
 * <p>Thread-safe: it holds no state but whether a write failure was reported; two threads missing the same entry both compute it
 * and the last atomic write wins with identical bytes.
 */
public final class FeatureCache {
    private static final Logger LOG = LoggerFactory.getLogger(FeatureCache.class);
    private static final byte[] MAGIC = "EMOMEL01".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = MAGIC.length + 8;
    private static final int HASH_BYTES = 32;
    private static final String SUFFIX = ".mel";
    /** A temporary file this old is no write in progress: an entry is written in milliseconds. */
    private static final Duration LEFTOVER_AGE = Duration.ofHours(1);

    /**
     * Computes the features of one audio file on a cache miss.
     *
     * @param <E> the checked exception the computation may throw besides {@link IOException}
     *            (e.g. the decoder's {@code AudioFormatException})
     */
    @FunctionalInterface
    public interface Extractor<E extends Exception> {
        float[][] extract(Path audioFile) throws IOException, E;
    }

    private final Path directory;
    private final String parameters;
    private final AtomicBoolean writeFailureReported = new AtomicBoolean();
    private final AtomicBoolean leftoversCleaned = new AtomicBoolean();

    /**
     * A cache for features made by {@link LogMelSpectrogram} (version
     * {@link LogMelSpectrogram#ALGORITHM_VERSION}) with {@code config}.
     */
    public FeatureCache(Path directory, MelSpectrogramConfig config) {
        this(directory, config, LogMelSpectrogram.ALGORITHM_VERSION);
    }

    /**
     * @param codeVersion names everything besides {@code config} that the cached numbers depend on
     *                    (feature code, decoder, resampler); any change to it invalidates all entries
     */
    public FeatureCache(Path directory, MelSpectrogramConfig config, String codeVersion) {
        this.directory = directory;
        this.parameters = "emoscope-feature-cache\nversion=" + codeVersion + "\nconfig=" + config + "\n";
    }

    /**
     * Where the CLI and the workbench cache features unless told otherwise: {@code $XDG_CACHE_HOME/emoscope/features},
     * else {@code ~/.cache/emoscope/features}.
     */
    public static Path defaultDirectory() {
        return XdgDirectory.CACHE.emoscope().resolve("features");
    }

    public Path directory() {
        return directory;
    }

    /**
     * The features of {@code audioFile}: from the cache when a valid entry exists, otherwise
     * computed by {@code extractor} and stored.
     *
     * @throws IOException when the audio file cannot be read (a failure to store the entry is only logged)
     * @throws E           when the extractor fails; nothing is stored then
     */
    public <E extends Exception> float[][] get(Path audioFile, Extractor<E> extractor) throws IOException, E {
        if (leftoversCleaned.compareAndSet(false, true)) {
            deleteLeftovers();
        }
        Path entry = entryFor(audioFile);
        float[][] cached = read(entry);
        if (cached != null) {
            return cached;
        }
        float[][] features = extractor.extract(audioFile);
        store(entry, features);
        return features;
    }

    /**
     * Caching only saves time: when an entry cannot be written (a full disk, a folder in the
     * entry's place) the features are still used. The first failure is logged as a warning, later
     * ones at debug level, so a broken cache does not flood the log.
     */
    private void store(Path entry, float[][] features) {
        try {
            AtomicFiles.write(entry, encode(features));
        } catch (IOException e) {
            if (writeFailureReported.compareAndSet(false, true)) {
                LOG.warn("Feature cache {}: cannot store entries ({}); features are computed anew each time",
                        directory, e.toString());
            } else {
                LOG.debug("Feature cache entry {} not stored: {}", entry, e.toString());
            }
        }
    }

    /**
     * Deletes the temporary files that killed writers left in the cache folder. Only old ones: a
     * fresh one may belong to another process writing into the same cache right now.
     */
    private void deleteLeftovers() {
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path file : entries) {
                if (AtomicFiles.isTemporary(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    LOG.info("Deleted {}, left over from an interrupted cache write", file);
                }
            }
        } catch (NoSuchFileException e) {
            // No cache folder yet: nothing left over.
        } catch (IOException e) {
            LOG.debug("Feature cache {}: leftovers not cleaned ({})", directory, e.toString());
        }
    }

    /** Where the entry for the current content of {@code audioFile} lives (it may not exist). */
    public Path entryFor(Path audioFile) throws IOException {
        MessageDigest digest = sha256();
        digest.update(parameters.getBytes(StandardCharsets.UTF_8));
        digest.update(contentHash(audioFile));
        return directory.resolve(HexFormat.of().formatHex(digest.digest()) + SUFFIX);
    }

    /** The cached matrix, or null when there is no entry or it is damaged (then logged). */
    private static float[][] read(Path entry) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("Feature cache entry {} cannot be read ({}); recomputing", entry, e.toString());
            return null;
        }
        String problem = checkEntry(bytes);
        if (problem != null) {
            LOG.warn("Feature cache entry {} is damaged ({}); recomputing", entry, problem);
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(MAGIC.length);
        int rows = in.getInt();
        int cols = in.getInt();
        float[][] m = new float[rows][cols];
        for (float[] row : m) {
            for (int t = 0; t < cols; t++) {
                row[t] = in.getFloat();
            }
        }
        return m;
    }

    /** Why these entry bytes cannot be trusted, or null when they are intact. */
    private static String checkEntry(byte[] bytes) {
        if (bytes.length < HEADER_BYTES + HASH_BYTES) {
            return "only " + bytes.length + " bytes";
        }
        if (!Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return "bad magic";
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        in.position(MAGIC.length);
        long rows = in.getInt();
        long cols = in.getInt();
        long expected = HEADER_BYTES + 4 * rows * cols + HASH_BYTES;
        if (rows < 0 || cols < 0 || expected != bytes.length) {
            return "length " + bytes.length + " does not match shape " + rows + "x" + cols;
        }
        MessageDigest digest = sha256();
        digest.update(bytes, 0, bytes.length - HASH_BYTES);
        if (!Arrays.equals(digest.digest(), 0, HASH_BYTES, bytes, bytes.length - HASH_BYTES, bytes.length)) {
            return "checksum mismatch";
        }
        return null;
    }

    private static byte[] encode(float[][] features) {
        int rows = features.length;
        int cols = rows == 0 ? 0 : features[0].length;
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + 4 * rows * cols + HASH_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(rows).putInt(cols);
        for (int r = 0; r < rows; r++) {
            if (features[r].length != cols) {
                throw new IllegalArgumentException("ragged feature matrix: row " + r + " has " + features[r].length
                        + " frames, row 0 has " + cols);
            }
            for (float v : features[r]) {
                out.putFloat(v);
            }
        }
        MessageDigest digest = sha256();
        digest.update(out.array(), 0, out.position());
        out.put(digest.digest());
        return out.array();
    }

    private static byte[] contentHash(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
