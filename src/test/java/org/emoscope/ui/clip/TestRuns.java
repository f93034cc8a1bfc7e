package org.emoscope.ui.clip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.emoscope.corpus.Clip;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.RunEnvironment;
import org.emoscope.experiment.RunResults;
import org.emoscope.training.baseline.BaselineSettings;

/** Finished runs on disk for the clip view's tests: leave-one-speaker-out predictions and fold models. */
final class TestRuns {
    /** Stands in for a training configuration. */
    record Config(String preset) {
    }

    /** Stands in for a baseline run's configuration: it names its model. */
    record BaselineConfig(String model) {
    }

    private TestRuns() {
    }

    /**
     * A baseline run (no fold models) that tested {@code clips}, each in the fold of its speaker, predicting
     * happiness with probabilities anger 0.25, happiness 0.75.
     */
    static RunResults baselineRun(Path directory, List<Clip> clips) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.create(directory,
                new BaselineConfig(BaselineSettings.MODEL),
                RunEnvironment.current("CPU", "CPU", 42L, corporaOf(clips), Instant.parse("2026-01-01T00:00:00Z")))) {
            List<Prediction> predictions = clips.stream().map(clip -> new Prediction(clip.relativePath(),
                    clip.speaker().key(), clip.speaker().key(), 0, 1, new double[] {0.25, 0.75})).toList();
            folder.writePredictions(List.of("anger", "happiness"), predictions);
            folder.markDone();
        }
        return RunResults.read(directory);
    }

    /**
     * A run named after {@code directory} that tested {@code clips}, each in the fold of its speaker
     * (fold id = speaker key); a model file (empty: the tests' loader does not read it) is saved for
     * each fold in {@code foldsWithModels}.
     */
    static RunResults run(Path directory, List<Clip> clips, List<String> foldsWithModels) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.create(directory, new Config("compact"),
                RunEnvironment.current("CPU", "CPU", 42L, corporaOf(clips), Instant.parse("2026-01-01T00:00:00Z")))) {
            List<Prediction> predictions = clips.stream().map(clip -> new Prediction(clip.relativePath(),
                    clip.speaker().key(), clip.speaker().key(), 0, 1, new double[] {0.4, 0.6})).toList();
            folder.writePredictions(List.of("anger", "happiness"), predictions);
            for (String fold : foldsWithModels) {
                Files.write(folder.modelPath(fold), new byte[0]);
            }
            folder.markDone();
        }
        return RunResults.read(directory);
    }

    /** The corpora of {@code clips} as a run records them: the run's clips are the clips of these folders. */
    private static Map<String, String> corporaOf(List<Clip> clips) {
        Map<String, String> corpora = new java.util.TreeMap<>();
        clips.forEach(clip -> corpora.put(clip.corpus().id() + ":" + clip.corpusRoot(), "sha256:made-up"));
        return corpora;
    }

    static Path modelOf(RunResults run, String fold) {
        return run.modelFor(fold).orElseThrow();
    }
}
