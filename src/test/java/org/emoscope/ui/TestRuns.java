package org.emoscope.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.corpus.Speaker;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.RunEnvironment;
import org.emoscope.experiment.RunResults;

/** Runs and clips for view-model tests: a finished run folder with the given test predictions. */
public final class TestRuns {
    /** The run's classes, in the order of the probabilities of {@link #prediction}. */
    public static final List<Emotion> LABELS = List.of(Emotion.ANGER, Emotion.FEAR, Emotion.NEUTRAL);

    /** The made-up corpus root of {@link #emoDb} clips. */
    public static final Path EMODB_ROOT = Path.of("/corpora/emodb/wav").toAbsolutePath();

    private TestRuns() {
    }

    /** An EMO-DB clip of speaker {@code speaker} (e.g. "03"), under a made-up absolute root. */
    public static Clip emoDb(String speaker, String file, Emotion emotion) {
        return new Clip(EMODB_ROOT.resolve(file), file, CorpusKind.EMODB, Language.DE,
                new Speaker(CorpusKind.EMODB, speaker), emotion, file.substring(2, 5), 1.5, 16_000);
    }

    /** A test prediction of {@code clip}: {@code predicted} with probability 0.6, the rest 0.2 each. */
    public static Prediction prediction(Clip clip, Emotion predicted) {
        double[] probabilities = new double[LABELS.size()];
        Arrays.fill(probabilities, 0.2);
        probabilities[LABELS.indexOf(predicted)] = 0.6;
        return new Prediction(clip.relativePath(), clip.speaker().key(), clip.speaker().key(),
                LABELS.indexOf(clip.emotion()), LABELS.indexOf(predicted), probabilities);
    }

    /**
     * Writes a finished run with {@code predictions} of clips of the EMO-DB corpus at {@code corpusRoot}
     * into {@code directory} and reads it back.
     */
    public static RunResults write(Path directory, Path corpusRoot, List<Prediction> predictions) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.create(directory, Map.of("targetCorpus", corpusRoot.toString()),
                RunEnvironment.current("CPU", "CPU", 42L, Map.of("emodb:" + corpusRoot.toAbsolutePath(), "sha256:made-up"),
                        Instant.parse("2024-05-01T10:00:00Z")))) {
            folder.writePredictions(LABELS.stream().map(Emotion::label).toList(), predictions);
            folder.markDone();
        }
        return RunResults.read(directory);
    }
}
