package org.emoscope.ui.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Language;
import org.emoscope.corpus.Speaker;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.training.EpochSummary;
import org.emoscope.experiment.RunEnvironment;
import org.emoscope.experiment.RunMetrics;

/**
 * Run folders for the results view models, written with the real {@link ExperimentFolder} API: a
 * two-fold EMO-DB run over three classes whose pooled matrix is
 * <pre>
 *             anger  happiness  neutral
 * anger         1        2         0      (03a01Wa; 03a02Wa, 08a01Wa)
 * happiness     0        2         0      (03a01Fa, 08a01Fa)
 * neutral       1        0         2      (08a01Na; 03a01Na, 08a02Na)
 * </pre>
 * WA 5/8, UA (1/3 + 1 + 2/3) / 3 = 2/3.
 */
final class RunFolders {
    static final List<String> LABELS = List.of("anger", "happiness", "neutral");
    static final ObjectMapper JSON = new ObjectMapper();

    private RunFolders() {
    }

    static List<Prediction> twoFolds() {
        return List.of(
                prediction("03a01Wa.wav", "03", 0, 0, 0.9),
                prediction("03a02Wa.wav", "03", 0, 1, 0.6),
                prediction("03a01Fa.wav", "03", 1, 1, 0.8),
                prediction("03a01Na.wav", "03", 2, 2, 0.7),
                prediction("08a01Wa.wav", "08", 0, 1, 0.7),
                prediction("08a01Fa.wav", "08", 1, 1, 0.9),
                prediction("08a01Na.wav", "08", 2, 0, 0.5),
                prediction("08a02Na.wav", "08", 2, 2, 0.6));
    }

    /** A prediction of EMO-DB speaker {@code speaker}, tested in that speaker's fold. */
    static Prediction prediction(String clip, String speaker, int trueClass, int predictedClass, double confidence) {
        double[] probabilities = new double[LABELS.size()];
        Arrays.fill(probabilities, (1 - confidence) / (LABELS.size() - 1));
        probabilities[predictedClass] = confidence;
        return new Prediction(clip, "emodb:" + speaker, "emodb:" + speaker, trueClass, predictedClass, probabilities);
    }

    static ObjectNode config(Path corpus, double theta) {
        ObjectNode config = JSON.createObjectNode();
        config.put("targetCorpus", corpus.toString());
        config.putArray("heldOutSpeakers");
        config.putArray("addedCorpora");
        config.put("gamma", 1.0);
        config.put("theta", theta);
        config.put("preset", "compact");
        config.put("epochs", 12);
        config.put("seed", 42);
        config.put("modelSelection", "validation");
        config.put("normalisation", "training-fold");
        return config;
    }

    static RunEnvironment environment() {
        return RunEnvironment.current("CPU", "CPU", 42L, Map.of(), Instant.parse("2024-05-01T10:00:00Z"));
    }

    /** A whole model file (the demo run's) standing in for each fold's model: the list checks that models are whole. */
    private static final Path SOME_MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");

    /** A finished run: predictions, metrics, a model and a selected epoch per fold with the given speaker-head accuracy. */
    static Path done(Path directory, ObjectNode config, List<Prediction> predictions, double speakerAccuracy)
            throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.create(directory, config, environment())) {
            for (String fold : folds(predictions)) {
                folder.appendHistory(new EpochSummary(fold, 1, 1, 0.5, 1.5, 0.5, 0.5, 0.5, 0.5, Double.NaN,
                        Double.NaN, speakerAccuracy, 2, true));
                java.nio.file.Files.copy(SOME_MODEL, folder.modelPath(fold));
            }
            folder.writePredictions(LABELS, predictions);
            folder.writeMetrics(RunMetrics.of(LosoReport.of(LABELS, predictions), "validation", null));
            folder.markDone();
        }
        return directory;
    }

    /** A run whose process died after writing the predictions of some folds: no metrics, reads as KILLED. */
    static Path killed(Path directory, ObjectNode config, List<Prediction> predictions) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.create(directory, config, environment())) {
            if (!predictions.isEmpty()) {
                folder.writePredictions(LABELS, predictions);
            }
        }
        return directory;
    }

    private static List<String> folds(List<Prediction> predictions) {
        List<String> folds = new ArrayList<>();
        predictions.forEach(p -> {
            if (!folds.contains(p.foldId())) {
                folds.add(p.foldId());
            }
        });
        return folds;
    }

    /** The clip of a corpus browser for a prediction's clip of EMO-DB speaker {@code speaker}. */
    static Clip clip(Path corpus, String file, String speaker, Emotion emotion) {
        return new Clip(corpus.resolve("wav").resolve(file).toAbsolutePath(), file, CorpusKind.EMODB, Language.DE,
                new Speaker(CorpusKind.EMODB, speaker), emotion, file.substring(2, 5), 2.0, 16_000);
    }
}
