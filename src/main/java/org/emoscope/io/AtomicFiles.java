package org.emoscope.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
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
 * The one way Emoscope writes a file: the content goes to a temporary file in the target's folder,
 * is forced to disk, is renamed over the target with {@code ATOMIC_MOVE}, and the folder is forced
 * too, so the rename itself survives a power cut. A reader, or the next run after a crash, sees the
 * old file or the new one, never a mix. A crash may leave a temporary file behind
 * ({@code .<name>.<random>.tmp}); {@link #isTemporary} recognises it and {@link #deleteLeftovers}
 * removes such files.
 *
 * <p>A new file is {@code rw-r--r--} and a new folder {@code rwxr-xr-x} (temporary files and folders
 * start owner-only), so run folders, models and exports can be shared; a replaced file keeps the
 * permissions it had.
 *
 * <p>Stateless and thread-safe; two writers of one target race and the last rename wins with a
 * complete file.
 */
public final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> FOLDER_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");

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
        createFolders(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_BYTES)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(temp, Files.exists(absolute) ? permissionsOf(absolute) : FILE_PERMISSIONS);
            moveIntoPlace(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates {@code folder} and its missing parents as {@code rwxr-xr-x}. */
    public static void createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        try {
            Files.createDirectory(absolute);
            setPermissions(absolute, FOLDER_PERMISSIONS);
            forceFolder(parent);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /**
     * A new, empty, hidden folder in {@code parent} to fill and then {@link #moveFolderIntoPlace move}
     * where it belongs, so a half-filled folder is never seen under its real name.
     */
    public static Path createStagingFolder(Path parent, String name) throws IOException {
        createFolders(parent);
        Path staging = Files.createTempDirectory(parent, "." + name + "-");
        setPermissions(staging, FOLDER_PERMISSIONS);
        return staging;
    }

    /** Renames a filled staging folder to {@code target}, which must not exist. */
    public static void moveFolderIntoPlace(Path staging, Path target) throws IOException {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(target.toAbsolutePath().getParent());
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Only file systems without rename (some network shares) get here; a reader may see a gap.
            LOG.warn("{}: the file system cannot replace files atomically; replacing it in two steps", target);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.getParent());
    }

    /** Forces a folder's entries (a rename, a new file) to disk; a no-op where folders cannot be opened. */
    private static void forceFolder(Path folder) throws IOException {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (UnsupportedOperationException | AccessDeniedException e) {
            LOG.debug("{}: folder cannot be forced to disk ({})", folder, e.toString());
        }
    }

    private static Set<PosixFilePermission> permissionsOf(Path file) throws IOException {
        return supportsPosix(file) ? Files.getPosixFilePermissions(file) : FILE_PERMISSIONS;
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (supportsPosix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean supportsPosix(Path path) throws IOException {
        return Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class);
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
