package org.emoscope.experiment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces files atomically: the content goes to a temporary file in the target's folder, is forced
 * to disk, and is then renamed over the target with {@code ATOMIC_MOVE}. A reader, or the next run
 * after a crash, sees the old file or the new one, never a mix. A crash may leave a temporary file
 * behind ({@code .<name>.<random>.tmp}); {@link #isTemporary} recognises it and
 * {@link #deleteLeftovers} removes such files.
 *
 * <p>This protects against a killed process. Whether the rename itself survives a power cut depends
 * on the file system (the folder is not forced). Stateless and thread-safe; two writers of one
 * target race and the last rename wins with a complete file.
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    private static final String TEMP_SUFFIX = ".tmp";

    /** Writes the content of a file to a stream; the stream is closed by the caller of this. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code bytes}, creating its folder when missing. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code content} writes, e.g. a model serialiser that only
     * writes to streams. Nothing changes at {@code target} when {@code content} throws.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepUsualPermissions(temp, absolute);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * A temporary file is created readable by its owner only; the file it becomes keeps the
     * permissions of the file it replaces, or else gets the usual rw-r--r--, so exports and run
     * folders can be shared.
     */
    private static void keepUsualPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Whether a file name is one of the temporary files {@link #write} uses. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Deletes the temporary files a crash left in {@code folder} and its subfolders; call it only
     * while no one writes there.
     *
     * @return how many were deleted
     */
    public static int deleteLeftovers(Path folder) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    deleted += deleteLeftovers(entry);
                } else if (isTemporary(entry)) {
                    Files.delete(entry);
                    LOG.info("Deleted {}, left over from an interrupted write", entry);
                    deleted++;
                }
            }
        }
        return deleted;
    }
}
