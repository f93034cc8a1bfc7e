package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.corpus.Clip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clips a run could not use (their audio could not be decoded when training met them), kept in
 * {@value #FILE_NAME} so that a run never loses a clip silently: {@code evaluate} and the end of
 * {@code train} list them. Columns: {@code corpus_root,relative_path,reason}.
 */
public final class UnusedClips {
    public static final String FILE_NAME = "unused-clips.csv";
    private static final Logger LOG = LoggerFactory.getLogger(UnusedClips.class);
    static final List<String> HEADER = List.of("corpus_root", "relative_path", "reason");

    /** One clip left out, named by its corpus folder and its path in it. */
    public record Entry(Path corpusRoot, String relativePath, String reason) {
        static Entry of(Clip clip, String reason) {
            return new Entry(clip.corpusRoot(), clip.relativePath(), reason);
        }

        @Override
        public String toString() {
            return corpusRoot.resolve(relativePath) + ": " + reason;
        }
    }

    /** Collects a run's unused clips and keeps the run folder's list up to date as they come. */
    static final class Recorder {
        private final ExperimentFolder folder;
        private final List<Entry> entries = new ArrayList<>();

        Recorder(ExperimentFolder folder) {
            this.folder = folder;
        }

        void record(Clip clip, String reason) {
            LOG.warn("{}: not used: {}", clip.path(), reason);
            entries.add(Entry.of(clip, reason));
            try {
                folder.writeUnusedClips(entries);
            } catch (IOException e) {
                LOG.warn("{}: cannot write {} ({}); the unused clips are in this log", folder.directory(), FILE_NAME,
                        e.toString());
            }
        }
    }

    private UnusedClips() {
    }

    static CsvTable table(List<Entry> entries) {
        return new CsvTable(HEADER, entries.stream()
                .map(e -> List.of(e.corpusRoot().toString(), e.relativePath(), e.reason())).toList());
    }

    static List<Entry> entries(CsvTable table, Path source) throws ExperimentFolderException {
        if (!table.header().equals(HEADER)) {
            throw new ExperimentFolderException(source, "header " + table.header() + " is not " + HEADER);
        }
        return table.rows().stream().map(row -> new Entry(Path.of(row.get(0)), row.get(1), row.get(2))).toList();
    }
}
