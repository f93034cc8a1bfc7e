package org.emoscope.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.experiment.AttentionGroup;
import org.emoscope.experiment.DemoRun;
import org.emoscope.experiment.RunResults;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionViewModelTest {
    private static final Path BUNDLED = Path.of(BundledSamples.FOLDER_NAME, BundledSamples.DEMO_RUN_FOLDER);

    @TempDir
    Path runs;

    private final ObjectProperty<RunResults> selected = new SimpleObjectProperty<>();
    private final AttentionViewModel viewModel = new AttentionViewModel(new CurrentThreadTaskExecutor(), selected);

    @Test
    void aNetworkRunCanBeSurveyedAndShowsItsGroupsPerEmotionOrPerSpeaker() throws IOException {
        assertThat(viewModel.canSurveyProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).contains("Select a run");

        selected.set(RunResults.read(DemoRun.installInto(runs, BUNDLED).orElseThrow()));
        assertThat(viewModel.canSurveyProperty().get()).isTrue();
        assertThat(viewModel.statusProperty().get()).contains("28 test clips");

        viewModel.survey();

        assertThat(viewModel.runningProperty().get()).isFalse();
        assertThat(viewModel.canSurveyProperty().get()).as("surveyed already").isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("28 clips surveyed");
        assertThat(viewModel.groups()).extracting(AttentionGroup::name).hasSize(7).contains("anger", "sadness");
        viewModel.groupingProperty().set(AttentionViewModel.Grouping.SPEAKER);
        assertThat(viewModel.groups()).extracting(AttentionGroup::name).containsExactly("emodb:03");
        assertThat(viewModel.clipsTable().rows()).hasSize(28);
        assertThat(viewModel.profilesTable().header()).contains("relative_time");
    }

    @Test
    void theDeletionTestIsKeptInTheRunFolderAndReadBackWhenTheRunIsSelectedAgain() throws IOException {
        RunResults demo = RunResults.read(DemoRun.installInto(runs, BUNDLED).orElseThrow());
        selected.set(demo);
        assertThat(viewModel.deletionProperty().get()).isNull();
        assertThat(viewModel.canTestDeletionProperty().get()).isTrue();

        viewModel.testDeletion();

        assertThat(viewModel.deletionProperty().get().clips()).isEqualTo(28);
        assertThat(viewModel.statusProperty().get()).startsWith("Deletion test of 28 clips");
        assertThat(viewModel.canSurveyProperty().get()).as("the survey is still to do").isTrue();
        AttentionViewModel later = new AttentionViewModel(new CurrentThreadTaskExecutor(),
                new SimpleObjectProperty<>(RunResults.read(demo.directory())));
        assertThat(later.deletionProperty().get()).as("read back from the run folder").isNotNull();
    }

    @Test
    void goingBackToASurveyedRunShowsItsSurveyAtOnce() throws IOException {
        RunResults demo = RunResults.read(DemoRun.installInto(runs, BUNDLED).orElseThrow());
        selected.set(demo);
        viewModel.survey();

        selected.set(null);
        assertThat(viewModel.groups()).isEmpty();
        assertThat(viewModel.surveyProperty().get()).isNull();
        selected.set(demo);

        assertThat(viewModel.surveyProperty().get()).isNotNull();
        assertThat(viewModel.groups()).hasSize(7);
    }
}
