package org.emoscope.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The files of a candidate corpus folder and its subfolders (two levels: both corpora's layouts fit
 * in that, and a wrongly chosen huge folder is not walked to the bottom), sorted by relative path.
 * Hidden files and folders (names starting with '.', e.g. {@code .DS_Store} or macOS's
 * {@code ._03a01Fa.wav} resource forks) are ignored, as are files that are not audio by extension.
 *
 * @param root        the absolute folder that was scanned
 * @param wavFiles    '/'-separated relative paths of files ending in {@code .wav}, in any case
 * @param otherAudio  relative paths of files with another audio extension ({@code .mp3}, {@code .flac}, ...)
 * @param unreadable  subfolders or files that could not be listed or inspected
 */
record FolderScan(Path root, List<String> wavFiles, List<String> otherAudio, List<CorpusProblem> unreadable) {
    static final int MAX_DEPTH = 2;

    private static final Set<String> OTHER_AUDIO_EXTENSIONS = Set.of(
            "mp3", "flac", "ogg", "oga", "opus", "m4a", "aac", "wma", "aif", "aiff", "aifc", "au",
            "snd", "caf", "w64", "rf64", "wv", "ape", "amr", "pcm", "raw", "sph", "nist");

    FolderScan {
        wavFiles = List.copyOf(wavFiles);
        otherAudio = List.copyOf(otherAudio);
        unreadable = List.copyOf(unreadable);
    }

    /** Scans {@code root}; throws when the root itself cannot be listed. */
    static FolderScan of(Path root) throws IOException {
        List<String> wav = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<CorpusProblem> unreadable = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                if (!isHidden(dir) && extension(dir).equals("wav")) {
                    wav.add(relative(root, dir)); // named like a clip: reading it says it is a folder
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                // At the depth limit folders arrive here too; they are below the layouts' depth,
                // unless named like a clip: then reading it says it is a folder, not audio.
                String extension = extension(file);
                if (isHidden(file) || attrs.isDirectory() && !extension.equals("wav")) {
                    return FileVisitResult.CONTINUE;
                }
                if (extension.equals("wav")) {
                    wav.add(relative(root, file));
                } else if (OTHER_AUDIO_EXTENSIONS.contains(extension)) {
                    other.add(relative(root, file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (file.equals(root)) {
                    throw failure;
                }
                if (!isHidden(file)) {
                    unreadable.add(new CorpusProblem(relative(root, file), "cannot be read: " + describe(failure)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    if (dir.equals(root)) {
                        throw failure;
                    }
                    unreadable.add(new CorpusProblem(relative(root, dir), "cannot be read: " + describe(failure)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(wav);
        Collections.sort(other);
        return new FolderScan(root, wav, other, unreadable);
    }

    /** The relative path split into folder names and file name. */
    static List<String> segments(String relativePath) {
        return List.of(relativePath.split("/"));
    }

    /** A short, user-facing account of an I/O failure. */
    static String describe(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        if (failure instanceof NoSuchFileException) {
            return "file vanished while reading";
        }
        String message = failure.getMessage();
        return message != null ? message : failure.getClass().getSimpleName();
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String relative(Path root, Path file) {
        return StreamSupport.stream(root.relativize(file).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }
}
