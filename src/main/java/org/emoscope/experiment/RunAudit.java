package org.emoscope.experiment;

import org.emoscope.io.AtomicFiles;
import org.emoscope.io.FileNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
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
 * <p>Several workbenches may audit one run. Each change is made under a lock on
 * {@value #LOCK_FILE_NAME} (and an in-process lock): the file is read again, only the changed clip
 * is replaced in it, and the result is written and becomes this instance's entries, so no window
 * reverts another's verdicts and each sees the others' at its next change ({@link #reload()} reads
 * them at once). A write that a kill interrupted leaves a temporary file; its entries that are newer
 * than the file's are taken over when the audit is next opened.
 *
 * <p>Thread-safe: every method holds the instance's lock, writes included, so changes reach the
 * file in the order they are made. All methods but the accessors touch the disk; call them off
 * the FX thread.
 */
public final class RunAudit {
    public static final String FILE_NAME = "audit.csv";
    static final String LOCK_FILE_NAME = ".audit.csv.lock";
    /** One lock per audit file for the instances of this JVM; file locks only exclude other processes. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final Logger LOG = LoggerFactory.getLogger(RunAudit.class);

    private final Path file;
    /** The run's test corpus folder, written beside each clip so the file says which clips it means. */
    private final String corpus;
    private final Map<ClipKey, AuditEntry> entries = new TreeMap<>();
    private final List<String> problems;
    private final byte[] damagedOriginal;
    private final Path damagedCopy;
    private boolean damagedCopyWritten;
    /** {@link #stamp()} of the file as this instance last read or wrote it. */
    private String lastSeen = "";

    private RunAudit(Path file, List<AuditEntry> entries, List<String> problems, byte[] damagedOriginal,
                     Path damagedCopy) {
        this.file = file;
        this.corpus = testCorpusOf(file.getParent());
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
        RunAudit audit = read(runDirectory);
        audit.takeOverInterruptedWrites();
        audit.lastSeen = audit.stamp();
        return audit;
    }

    private static RunAudit read(Path runDirectory) throws IOException {
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
        Path copy = runDirectory.resolve("audit-damaged-" + FileNames.stamp(Instant.now()) + ".csv");
        return new RunAudit(file, parsed.entries(), parsed.problems(), bytes, copy);
    }

    private static String testCorpusOf(Path runDirectory) {
        try (ExperimentFolder folder = ExperimentFolder.open(runDirectory)) {
            return RunCorpora.of(folder.readEnvironment(), folder.readConfig().training()).testRoot().map(Path::toString).orElse("");
        } catch (IOException e) {
            LOG.debug("{}: the audit names no corpus ({})", runDirectory, e.toString());
            return "";
        }
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
        change(Map.of(entry.clip(), Optional.of(entry)));
    }

    /** Removes the entry of {@code clip}, if there is one, and rewrites the file. */
    public synchronized void clear(ClipKey clip) throws IOException {
        change(Map.of(clip, Optional.empty()));
    }

    /** Reads the file again, taking in what other workbenches saved; returns the entries. */
    public synchronized List<AuditEntry> reload() throws IOException {
        try (FileLock ignored = lock()) {
            replaceEntries(onDisk());
        }
        return entries();
    }

    /**
     * {@link #reload()} when the file changed since this instance last read or wrote it (another
     * workbench saved); empty, touching only the file's attributes, when it did not.
     */
    public synchronized Optional<List<AuditEntry>> reloadIfChanged() throws IOException {
        return stamp().equals(lastSeen) ? Optional.empty() : Optional.of(reload());
    }

    /** When the file was last changed and how long it is: what tells another writer's save. */
    private String stamp() throws IOException {
        return Files.exists(file) ? Files.getLastModifiedTime(file) + "/" + Files.size(file) : "none";
    }

    /**
     * Under the lock: the file as it is now, with {@code changes} (empty: remove) applied, is written
     * and becomes the entries. On failure nothing changes, in memory or on disk.
     */
    private void change(Map<ClipKey, Optional<AuditEntry>> changes) throws IOException {
        try (FileLock ignored = lock()) {
            Map<ClipKey, AuditEntry> merged = onDisk();
            changes.forEach((clip, entry) -> {
                if (entry.isPresent()) {
                    merged.put(clip, entry.get());
                } else {
                    merged.remove(clip);
                }
            });
            save(merged);
            replaceEntries(merged);
        }
    }

    /** The entries the file holds now, damaged records skipped. */
    private Map<ClipKey, AuditEntry> onDisk() throws IOException {
        Map<ClipKey, AuditEntry> current = new TreeMap<>();
        if (Files.exists(file)) {
            AuditCsv.parse(Files.readString(file, StandardCharsets.UTF_8), file).entries()
                    .forEach(entry -> current.put(entry.clip(), entry));
        }
        return current;
    }

    private void replaceEntries(Map<ClipKey, AuditEntry> now) throws IOException {
        entries.clear();
        entries.putAll(now);
        lastSeen = stamp();
    }

    /**
     * Holds the in-process lock and the file lock until closed; the file lock is released with the
     * process, so a killed workbench never leaves the audit locked.
     */
    private FileLock lock() throws IOException {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), key -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file.resolveSibling(LOCK_FILE_NAME),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            java.nio.channels.FileLock held = channel.lock();
            FileChannel opened = channel;
            return () -> {
                try {
                    held.release();
                    opened.close();
                } finally {
                    local.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            local.unlock();
            throw e;
        }
    }

    /** The held audit lock; closing releases it. */
    private interface FileLock extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Entries of temporary files that an interrupted write left, newer than the file's own, are
     * saved; then the temporary files go. Their complete records are verdicts an annotator made.
     */
    private synchronized void takeOverInterruptedWrites() throws IOException {
        List<Path> leftovers;
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            leftovers = siblings.filter(AtomicFiles::isTemporary)
                    .filter(p -> p.getFileName().toString().startsWith("." + FILE_NAME + ".")).toList();
        }
        if (leftovers.isEmpty()) {
            return;
        }
        Map<ClipKey, Optional<AuditEntry>> newer = new TreeMap<>();
        for (Path leftover : leftovers) {
            for (AuditEntry entry : AuditCsv.parse(Files.readString(leftover, StandardCharsets.UTF_8), leftover).entries()) {
                AuditEntry known = newer.containsKey(entry.clip()) ? newer.get(entry.clip()).orElse(null)
                        : entries.get(entry.clip());
                if (known == null || entry.time().isAfter(known.time())) {
                    newer.put(entry.clip(), Optional.of(entry));
                }
            }
        }
        if (!newer.isEmpty()) {
            LOG.warn("{}: {} verdict(s) from an interrupted save were recovered", file, newer.size());
            change(newer);
        }
        for (Path leftover : leftovers) {
            Files.deleteIfExists(leftover);
            LOG.info("Deleted {}, left over from an interrupted save", leftover);
        }
    }

    /** Writes every entry, in the format of the audit file, to {@code target}, replacing it atomically. */
    public synchronized void exportTo(Path target) throws IOException {
        AtomicFiles.write(target, AuditCsv.format(entries.values(), corpus).getBytes(StandardCharsets.UTF_8));
    }

    private void save(Map<ClipKey, AuditEntry> toSave) throws IOException {
        if (damagedCopy != null && !damagedCopyWritten) {
            AtomicFiles.write(damagedCopy, damagedOriginal);
            damagedCopyWritten = true;
            LOG.warn("{} had damaged lines; the file as found is kept as {}", file, damagedCopy);
        }
        AtomicFiles.write(file, AuditCsv.format(toSave.values(), corpus).getBytes(StandardCharsets.UTF_8));
    }
}
