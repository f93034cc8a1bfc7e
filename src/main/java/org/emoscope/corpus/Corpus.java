package org.emoscope.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A corpus as read from disk: its clips and every file that could not be used. Immutable.
 *
 * @param kind     which corpus it is
 * @param root     the absolute folder that holds the clips (SAVEE's {@code AudioData} or flat folder,
 *                 EMO-DB's {@code wav}); clip and problem paths are relative to it
 * @param clips    the clips, sorted by relative path
 * @param problems the files that are not clips, or are damaged clips, sorted by relative path
 */
public record Corpus(CorpusKind kind, Path root, List<Clip> clips, List<CorpusProblem> problems) {
    public Corpus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        clips = List.copyOf(clips);
        problems = List.copyOf(problems);
    }

    /** How the workbench names the corpus: kind and folder, e.g. {@code "EMO-DB · emodb-2s"}. */
    public String label() {
        return labelOf(kind, root);
    }

    /**
     * The label of the corpus of {@code kind} at {@code root}: the folder a user opened, which for the
     * layouts' clip folders ({@code wav}, {@code AudioData}) is the one above them.
     */
    public static String labelOf(CorpusKind kind, Path root) {
        String folder = folderNameOf(root);
        return kind.displayName() + (folder.isEmpty() ? "" : " · " + folder);
    }

    /** The name of the folder a user opened for the corpus at {@code root}, e.g. {@code "emodb-2s"}. */
    public static String folderNameOf(Path root) {
        Path named = root.getFileName();
        if (named != null && root.getParent() != null && root.getParent().getFileName() != null
                && CorpusReader.CLIP_FOLDERS.stream().anyMatch(named.toString()::equalsIgnoreCase)) {
            named = root.getParent().getFileName();
        }
        return named == null ? "" : named.toString();
    }
}
