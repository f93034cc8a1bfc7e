package org.emoscope.experiment;

import org.emoscope.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit of one run: the annotators' verdicts and notes, kept in the run's {@value #FILE_NAME}.
 * Every change rewrites that file at once through {@link AtomicFiles}, so a killed process leaves
 * the previous or the new file, never a mix, and a change that could not be written changes
 * nothing. Reading skips damaged records and reports each with file and line; before the first
 * change overwrites such a file, the file as found is kept beside it ({@link #damagedCopy()}), so
 * nothing is lost silently.
 *
 * <p>Thread-safe: every method holds the instance's lock, writes included, so changes reach the
 * file in the order they are made. All methods but the accessors touch the disk; call them off
 * the FX thread.
 */
public final class RunAudit {
    public static final String FILE_NAME = "audit.csv";
    private static final Logger LOG = LoggerFactory.getLogger(RunAudit.class);
    private static final DateTimeFormatter COPY_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Map<ClipKey, AuditEntry> entries = new TreeMap<>();
    private final List<String> problems;
    private final byte[] damagedOriginal;
    private final Path damagedCopy;
    private boolean damagedCopyWritten;

    private RunAudit(Path file, List<AuditEntry> entries, List<String> problems, byte[] damagedOriginal,
                     Path damagedCopy) {
        this.file = file;
        entries.forEach(entry -> this.entries.put(entry.clip(), entry));
        this.problems = List.copyOf(problems);
        this.damagedOriginal = damagedOriginal;
        this.damagedCopy = damagedCopy;
    }

    /**
     * Reads the audit of the run in {@code runDirectory}; without an audit file it is empty.
     *
     * @throws IOException when the file exists but cannot be read at all
     */
    public static RunAudit open(Path runDirectory) throws IOException {
        Path file = runDirectory.resolve(FILE_NAME);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new RunAudit(file, List.of(), List.of(), null, null);
        }
        AuditCsv.Parsed parsed = AuditCsv.parse(new String(bytes, StandardCharsets.UTF_8), file);
        if (parsed.problems().isEmpty()) {
            return new RunAudit(file, parsed.entries(), List.of(), null, null);
        }
        parsed.problems().forEach(problem -> LOG.warn("{}", problem));
        Path copy = runDirectory.resolve("audit-damaged-" + COPY_STAMP.format(Instant.now()) + ".csv");
        return new RunAudit(file, parsed.entries(), parsed.problems(), bytes, copy);
    }

    /** The audit file, {@code <run>/audit.csv}. */
    public Path file() {
        return file;
    }

    /** Why records of the file were skipped on reading, each naming the file and line; empty when none were. */
    public List<String> problems() {
        return problems;
    }

    /** Where the damaged file as found is kept once a change is saved; empty when the file was sound. */
    public Optional<Path> damagedCopy() {
        return Optional.ofNullable(damagedCopy);
    }

    /** Every entry, ordered by clip. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries.values());
    }

    public synchronized Optional<AuditEntry> entry(ClipKey clip) {
        return Optional.ofNullable(entries.get(clip));
    }

    /** Sets or replaces the entry of {@code entry.clip()} and rewrites the file. */
    public synchronized void set(AuditEntry entry) throws IOException {
        AuditEntry previous = entries.put(entry.clip(), entry);
        try {
            save();
        } catch (IOException | RuntimeException e) {
            if (previous == null) {
                entries.remove(entry.clip());
            } else {
                entries.put(entry.clip(), previous);
            }
            throw e;
        }
    }

    /** Removes the entry of {@code clip}, if there is one, and rewrites the file. */
    public synchronized void clear(ClipKey clip) throws IOException {
        AuditEntry previous = entries.remove(clip);
        if (previous == null) {
            return;
        }
        try {
            save();
        } catch (IOException | RuntimeException e) {
            entries.put(clip, previous);
            throw e;
        }
    }

    /** Writes every entry, in the format of the audit file, to {@code target}, replacing it atomically. */
    public synchronized void exportTo(Path target) throws IOException {
        AtomicFiles.write(target, AuditCsv.format(entries.values()).getBytes(StandardCharsets.UTF_8));
    }

    private void save() throws IOException {
        if (damagedCopy != null && !damagedCopyWritten) {
            AtomicFiles.write(damagedCopy, damagedOriginal);
            damagedCopyWritten = true;
            LOG.warn("{} had damaged lines; the file as found is kept as {}", file, damagedCopy);
        }
        AtomicFiles.write(file, AuditCsv.format(entries.values()).getBytes(StandardCharsets.UTF_8));
    }
}
