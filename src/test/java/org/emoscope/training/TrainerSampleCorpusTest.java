package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.emoscope.evaluation.ClassificationReport;
import org.emoscope.evaluation.ConfusionMatrix;
import org.emoscope.evaluation.Prediction;
import org.emoscope.features.ClipFeatureExtractor;
import org.emoscope.features.MelSpectrogramConfig;
import org.emoscope.model.ModelArchitecture;
import org.emoscope.task.BackgroundTask;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/** Real training on the bundled synthetic corpus: a compact model must learn emotions it can hear. */
class TrainerSampleCorpusTest {
    private static final Path SAMPLE_SAVEE = Path.of("sample-audio/savee");

    @Test
    void compactModelBeatsChanceOnAnUnseenSpeaker() throws Exception {
        ModelArchitecture small = new ModelArchitecture(128, 96, List.of(32, 64, 64), List.of(3, 1, 3),
                64, 32, 2, 4, 64, 0.35);
        TrainingConfig config = TrainingConfig.multitask(SAMPLE_SAVEE).toBuilder()
                .architecture(small).maxFrames(96).epochs(12).batchSize(16).seed(7)
                .modelSelection(ModelSelection.VALIDATION)
                .heldOutSpeakers(List.of("savee:DC")).build();
        Corpus corpus = new CorpusReader().read(SAMPLE_SAVEE);
        FoldPlan plan = FoldPlan.of(config, corpus, List.of());
        ClipFeatureExtractor extractor = ClipFeatureExtractor.uncached(MelSpectrogramConfig.paper());
        List<FoldResult> results = new ArrayList<>();
        new CurrentThreadTaskExecutor().execute(BackgroundTask.of("train", ctx ->
                        new Trainer(config, SeedScheme.CURRENT, clip -> extractor.logMel(clip.path()), new TrainingListener() {
                        }).train(plan, ctx))
                .onSuccess(results::addAll)
                .onFailure(e -> { throw new AssertionError(e); }));

        List<Prediction> predictions = results.get(0).testPredictions();
        ClassificationReport report = ClassificationReport.of(ConfusionMatrix.of(
                Trainer.emotionLabels(plan).stream().map(e -> e.label()).toList(), predictions));
        assertThat(predictions).hasSize(28);
        // Measured: UA 0.64 on DC (chance 1/7), epoch 11 selected on the validation speaker JE.
        assertThat(report.ua()).as("UA on the unseen speaker DC").isGreaterThan(0.35);
        assertThat(results.get(0).history()).hasSize(12).allSatisfy(epoch -> {
            assertThat(epoch.trainUa()).isBetween(0.0, 1.0);
            assertThat(epoch.trainSpeakerAccuracy()).isBetween(0.0, 1.0);
            assertThat(epoch.testUa()).as("recorded for the selection gap").isBetween(0.0, 1.0);
        });
        int selected = results.get(0).selectedEpoch();
        assertThat(results.get(0).history()).as("the validation speaker alone chooses the kept epoch")
                .allSatisfy(epoch -> assertThat(epoch.validationUa())
                        .isLessThanOrEqualTo(results.get(0).history().get(selected - 1).validationUa()));
        assertThat(results.get(0).history().get(11).totalLoss())
                .isLessThan(results.get(0).history().get(0).totalLoss());
    }
}
