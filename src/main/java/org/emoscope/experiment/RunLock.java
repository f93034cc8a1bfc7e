package org.emoscope.experiment;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock a writing process holds on {@code run.lock} for as long as it writes a run.
 *
 * <p>An OS file lock ({@link FileChannel#tryLock}) rather than a pid: the operating system releases
 * it when the process dies however it dies, including {@code kill -9} and power loss, and a reused
 * pid cannot fake it. Locks are advisory and per process, so this JVM also remembers which folders
 * it holds: probing them by opening and closing another channel would, on POSIX systems, drop the
 * lock the JVM already holds. Network file systems may not honour locks reliably.
 *
 * <p>Thread-safe.
 */
final class RunLock implements AutoCloseable {
    static final String FILE_NAME = "run.lock";
    private static final Set<Path> HELD_BY_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of an existing folder.
     *
     * @throws RunInUseException when this or another process holds it
     */
    static RunLock acquire(Path folder) throws IOException {
        Path key = folder.toRealPath();
        if (!HELD_BY_THIS_JVM.add(key)) {
            throw new RunInUseException(folder);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new RunInUseException(folder);
            }
            return new RunLock(key, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_BY_THIS_JVM.remove(key);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    /** Whether a live process, this one or another, holds the lock of {@code folder}. */
    static boolean isHeld(Path folder) throws IOException {
        Path key = folder.toRealPath();
        if (HELD_BY_THIS_JVM.contains(key)) {
            return true;
        }
        Path file = key.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return false;
        }
        // A shared lock needs only read access, so runs on read-only media can be inspected.
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            // Another thread of this JVM took the lock between the check above and here.
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
        } finally {
            try {
                channel.close();
            } finally {
                HELD_BY_THIS_JVM.remove(key);
            }
        }
    }
}
