package org.emoscope.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;
import org.emoscope.audio.WavReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a SAVEE or EMO-DB folder into a {@link Corpus}, telling the corpus apart by how its WAV
 * files are named (see {@link SaveeNaming} and {@link EmoDbNaming} for the layouts).
 *
 * <p>Accepted folders: SAVEE's {@code AudioData} (speaker folders {@code DC/a01.wav}), its parent,
 * or a flat folder of {@code DC_a01.wav}; EMO-DB's root (holding {@code wav/}) or the folder of
 * WAV files itself. The folder holding the clips becomes the corpus root, so relative paths are the
 * same whichever of these was given. When several readings are possible, the one that recognises
 * the most file names wins.
 *
 * <p>Which files count: every file whose extension is {@code .wav} in any case ({@code .WAV} as
 * written by some Windows tools) is either a clip or a {@link CorpusProblem} with the reason —
 * a name of no corpus convention, an unknown emotion code, a wrong speaker folder, a duplicate
 * recording, an unreadable file or bad audio. A truncated WAV is kept as a clip of the audio it holds
 * and also listed as a problem. Files with another audio extension ({@code .mp3}, {@code .flac},
 * ...) are listed as "not a WAV file". Everything else — documentation and metadata such as
 * {@code README.txt}, {@code .md}, {@code .pdf}, checksum lists, EMO-DB's label folders — and hidden
 * files and folders (names starting with '.') is ignored silently. Only the clip folder and one
 * level of subfolders are looked at.
 *
 * <p>Headers are probed in parallel on the common fork-join pool; the result does not depend on
 * the order they finish in. Instances are immutable and thread-safe when the probe is.
 */
public final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    /** Layout folders below a corpus's top folder, tried before the folder itself. */
    static final List<String> CLIP_FOLDERS = List.of("AudioData", "wav");
    private static final List<ClipNaming> NAMINGS = List.of(new SaveeNaming(), new EmoDbNaming());

    private final AudioProbe probe;

    /** A reader that probes files with {@link WavReader#probe(Path)}. */
    public CorpusReader() {
        this(WavReader::probe);
    }

    public CorpusReader(AudioProbe probe) {
        this.probe = probe;
    }

    /**
     * Which corpus a folder holds, from file names alone (no audio is read).
     *
     * @throws NotACorpusException when it holds none, is missing or cannot be read
     */
    public CorpusKind detect(Path folder) throws NotACorpusException {
        return locate(folder).naming().kind();
    }

    /** {@link #read(Path, ProgressListener)} without progress reports. */
    public Corpus read(Path folder) throws NotACorpusException {
        return read(folder, ProgressListener.NONE);
    }

    /**
     * Reads every clip's name and audio header. Problems with single files do not stop the
     * reading; they end up in {@link Corpus#problems()}.
     *
     * @param progress told about each probed clip, see {@link ProgressListener}
     * @throws NotACorpusException when the folder holds no corpus, is missing or cannot be read
     */
    public Corpus read(Path folder, ProgressListener progress) throws NotACorpusException {
        Location location = locate(folder);
        FolderScan scan = location.scan();
        List<CorpusProblem> problems = new ArrayList<>(scan.unreadable());
        for (String file : scan.otherAudio()) {
            problems.add(new CorpusProblem(file, "not a WAV file"));
        }
        List<NamedFile> named = nameFiles(scan.wavFiles(), location.naming(), problems);

        ProgressCounter counter = new ProgressCounter(progress, named.size());
        List<Outcome> outcomes = named.parallelStream()
                .map(file -> {
                    Outcome outcome = probe(scan.root(), location.naming().kind(), file);
                    counter.step();
                    return outcome;
                })
                .toList();

        List<Clip> clips = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            outcome.clip().ifPresent(clips::add);
            outcome.problem().ifPresent(problems::add);
        }
        problems.sort(Comparator.comparing(CorpusProblem::relativePath));
        Corpus corpus = new Corpus(location.naming().kind(), scan.root(), clips, problems);
        LOG.info("Read {} at {}: {} clips, {} problems", corpus.kind().displayName(), corpus.root(),
                clips.size(), problems.size());
        return corpus;
    }

    private Location locate(Path given) throws NotACorpusException {
        Path folder = given.toAbsolutePath().normalize();
        if (!Files.exists(folder)) {
            throw new NotACorpusException(folder, "does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new NotACorpusException(folder, "is not a folder");
        }
        List<Path> candidates = new ArrayList<>();
        for (String name : CLIP_FOLDERS) {
            if (Files.isDirectory(folder.resolve(name))) {
                candidates.add(folder.resolve(name));
            }
        }
        candidates.add(folder);

        Location best = null;
        long bestCount = 0;
        boolean anyWav = false;
        for (Path candidate : candidates) {
            FolderScan scan = scan(folder, candidate);
            anyWav |= !scan.wavFiles().isEmpty();
            for (ClipNaming naming : NAMINGS) {
                long count = scan.wavFiles().stream()
                        .filter(file -> naming.parse(FolderScan.segments(file)) instanceof NameResult.Accepted)
                        .count();
                if (count > bestCount) {
                    best = new Location(scan, naming);
                    bestCount = count;
                }
            }
        }
        if (best == null) {
            throw new NotACorpusException(folder, anyWav
                    ? "file names match neither SAVEE (AudioData/DC/a01.wav or DC_a01.wav) nor EMO-DB (03a01Fa.wav)"
                    : "no WAV files found");
        }
        return best;
    }

    private static FolderScan scan(Path given, Path candidate) throws NotACorpusException {
        try {
            return FolderScan.of(candidate);
        } catch (IOException e) {
            throw new NotACorpusException(given, "cannot be read: " + FolderScan.describe(e), e);
        }
    }

    /** Reads names, moving rejected ones and later duplicates of a recording to {@code problems}. */
    private static List<NamedFile> nameFiles(List<String> wavFiles, ClipNaming naming, List<CorpusProblem> problems) {
        List<NamedFile> named = new ArrayList<>();
        Map<String, String> firstFileOfIdentity = new HashMap<>();
        for (String file : wavFiles) {
            NameResult result = naming.parse(FolderScan.segments(file));
            if (result instanceof NameResult.Rejected rejected) {
                problems.add(new CorpusProblem(file, rejected.reason()));
            } else if (result instanceof NameResult.Accepted accepted) {
                String first = firstFileOfIdentity.putIfAbsent(accepted.name().identity(), file);
                if (first != null) {
                    problems.add(new CorpusProblem(file, "duplicate of " + first));
                } else {
                    named.add(new NamedFile(file, accepted.name()));
                }
            }
        }
        return named;
    }

    private Outcome probe(Path root, CorpusKind kind, NamedFile file) {
        AudioInfo info;
        try {
            info = probe.probe(root.resolve(file.relativePath()));
        } catch (AudioFormatException e) {
            return Outcome.problem(new CorpusProblem(file.relativePath(), e.problem()));
        } catch (IOException e) {
            return Outcome.problem(new CorpusProblem(file.relativePath(), "cannot be read: " + FolderScan.describe(e)));
        }
        if (info.frames() == 0) {
            return Outcome.problem(new CorpusProblem(file.relativePath(), "no audio frames"));
        }
        ClipName name = file.name();
        Clip clip = new Clip(root.resolve(file.relativePath()), file.relativePath(), kind, kind.language(),
                name.speaker(), name.emotion(), name.textId(), info.seconds(), info.sampleRate());
        return new Outcome(Optional.of(clip),
                info.truncationNote().map(note -> CorpusProblem.ofKeptClip(file.relativePath(), note)));
    }

    private record Location(FolderScan scan, ClipNaming naming) {
    }

    private record NamedFile(String relativePath, ClipName name) {
    }

    private record Outcome(Optional<Clip> clip, Optional<CorpusProblem> problem) {
        static Outcome problem(CorpusProblem problem) {
            return new Outcome(Optional.empty(), Optional.of(problem));
        }
    }

    /** Serialises progress calls so listeners see a rising count and never run concurrently. */
    private static final class ProgressCounter {
        private final ProgressListener listener;
        private final int total;
        private int done;

        ProgressCounter(ProgressListener listener, int total) {
            this.listener = listener;
            this.total = total;
            listener.progress(0, total);
        }

        synchronized void step() {
            done++;
            listener.progress(done, total);
        }
    }
}
