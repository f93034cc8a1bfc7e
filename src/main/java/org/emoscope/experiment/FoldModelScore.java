package org.emoscope.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * How good a fold model is, wherever it is shown: the UA its run measured on the fold's held-out test speaker.
 *
 * @param runName the run that trained it
 * @param foldId  its fold, whose test speakers it never heard
 * @param ua      UA on those speakers' clips (the kept epoch)
 * @param clips   how many test clips that is
 */
public record FoldModelScore(String runName, String foldId, double ua, long clips) {

    /** The score of {@code foldId} in {@code run}, when the run has metrics for it. */
    public static Optional<FoldModelScore> of(RunResults run, String foldId) {
        return of(run.name(), run.metrics(), foldId);
    }

    private static Optional<FoldModelScore> of(String runName, Optional<RunMetrics> metrics, String foldId) {
        return metrics.map(m -> m.perFold().get(foldId))
                .map(scores -> new FoldModelScore(runName, foldId, scores.ua(), scores.n()));
    }

    /**
     * The score of the model file {@code modelFile} when it lies where a run keeps it ({@code RUN/models/fold-ID.zip})
     * and that run has finished; empty for a model kept anywhere else or a run that cannot be read.
     */
    public static Optional<FoldModelScore> ofModelFile(Path modelFile) {
        Path models = modelFile.toAbsolutePath().normalize().getParent();
        Matcher name = ExperimentFolder.MODEL_FILE.matcher(modelFile.getFileName().toString());
        if (models == null || models.getParent() == null
                || !models.getFileName().toString().equals(ExperimentFolder.MODELS_FOLDER) || !name.matches()) {
            return Optional.empty();
        }
        Path run = models.getParent();
        // Only the metrics: the rest of the run (predictions, history) says nothing about the model's score.
        try (ExperimentFolder folder = ExperimentFolder.open(run)) {
            return of(run.getFileName().toString(), folder.readMetrics(), FoldFileNames.decode(name.group(1)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** E.g. "UA 82.1 % on its held-out emodb:03 (28 clips), run demo-sample-emodb". */
    public String describe() {
        return String.format(Locale.ROOT, "UA %.1f %% on its held-out %s (%d clips), run %s", 100 * ua, foldId, clips,
                runName);
    }
}
