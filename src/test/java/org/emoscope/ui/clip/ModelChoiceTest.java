package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.emoscope.experiment.FoldModelScore;
import org.emoscope.experiment.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelChoiceTest {
    @TempDir
    Path dir;

    @Test
    void withoutARunTheUserModelReadsTheClipWithoutExcuse() {
        assertThat(ModelChoice.forClip(null, SampleClips.happy())).isEqualTo(new ModelChoice.UserModel(""));
    }

    @Test
    void aTestClipOfTheRunIsReadByTheModelOfTheFoldThatHeldItsSpeakerOut() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("loso"), List.of(SampleClips.happy()), List.of("emodb:03"));

        ModelChoice choice = ModelChoice.forClip(run, SampleClips.happy());

        assertThat(choice).isEqualTo(new ModelChoice.FoldModel(TestRuns.modelOf(run, "emodb:03"), "loso", "emodb:03",
                Optional.empty()));
        assertThat(((ModelChoice.FoldModel) choice).describe())
                .isEqualTo("Model: fold-emodb_03.zip · run loso, fold emodb:03 (this speaker held out)");
        ModelChoice.FoldModel scored = new ModelChoice.FoldModel(TestRuns.modelOf(run, "emodb:03"), "loso", "emodb:03",
                Optional.of(new FoldModelScore("loso", "emodb:03", 0.6984, 49)));
        assertThat(scored.describe()).as("how good the model is, where it is named")
                .isEqualTo("Model: fold-emodb_03.zip · run loso, fold emodb:03 (this speaker held out; UA 69.8 % on it)");
    }

    @Test
    void aClipTheRunDidNotTestFallsBackToTheUserModelAndSaysWhy() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("loso"), List.of(SampleClips.happy()), List.of("emodb:03"));

        assertThat(ModelChoice.forClip(run, SampleClips.angry()))
                .isEqualTo(new ModelChoice.UserModel("this clip is not a test clip of run loso"));
    }

    @Test
    void aFoldWhoseModelWasNotKeptFallsBackToTheUserModel() throws IOException {
        RunResults run = TestRuns.run(dir.resolve("no-models"), List.of(SampleClips.happy()), List.of());

        assertThat(ModelChoice.forClip(run, SampleClips.happy()))
                .isEqualTo(new ModelChoice.UserModel("run no-models kept no model of fold emodb:03"));
    }

    @Test
    void aTestClipOfABaselineRunShowsTheRecordedPredictionWithoutAModel() throws IOException {
        RunResults run = TestRuns.baselineRun(dir.resolve("baseline"), List.of(SampleClips.happy()));

        ModelChoice choice = ModelChoice.forClip(run, SampleClips.happy());

        assertThat(choice).isInstanceOf(ModelChoice.RecordedPrediction.class);
        ModelChoice.RecordedPrediction recorded = (ModelChoice.RecordedPrediction) choice;
        assertThat(recorded.foldId()).isEqualTo("emodb:03");
        assertThat(recorded.labels()).containsExactly("anger", "happiness");
        assertThat(recorded.prediction().probabilities()).containsExactly(0.25, 0.75);
        assertThat(recorded.describe()).contains("run baseline, fold emodb:03").contains("no attention");
    }
}
