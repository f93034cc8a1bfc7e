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
}
