package org.emoscope.ui.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javax.imageio.ImageIO;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.CsvTable;
import org.emoscope.experiment.ExperimentFolder;
import org.emoscope.experiment.RunComparison;
import org.emoscope.experiment.RunMetrics;
import org.emoscope.experiment.RunState;
import org.emoscope.experiment.SeedGroup;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.training.baseline.BaselineSettings;
import org.emoscope.ui.WorkbenchSelection;
import org.emoscope.ui.controls.ArgbImage;
import org.emoscope.ui.controls.MatrixCell;
import org.emoscope.ui.controls.MatrixValues;
import org.emoscope.experiment.GridPlan;
import org.emoscope.training.TrainingConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Results workspace without a JavaFX toolkit: run folders written with the real API, tasks on the test thread. */
class ResultsViewModelTest {
    @TempDir
    Path dir;

    private final WorkbenchSelection selection = new WorkbenchSelection();
    private final Map<String, Clip> openClips = new HashMap<>();
    private final List<Path> resumed = new ArrayList<>();
    private final List<List<Path>> corporaOpened = new ArrayList<>();

    private final ObjectProperty<Path> runsFolder = new SimpleObjectProperty<>();

    private Path runs() {
        return dir.resolve("runs");
    }

    private Path corpus() {
        return dir.resolve("emodb");
    }

    private ResultsViewModel viewModel() {
        runsFolder.set(runs().toAbsolutePath().normalize());
        ResultsViewModel viewModel = new ResultsViewModel(new CurrentThreadTaskExecutor(), runsFolder, selection,
                (run, speaker, path) -> Optional.ofNullable(openClips.get(speaker + "|" + path)),
                resumed::add, corporaOpened::add);
        viewModel.refresh();
        return viewModel;
    }

    private void openCorpus() {
        for (Prediction p : RunFolders.twoFolds()) {
            String speaker = p.speaker().substring("emodb:".length());
            openClips.put(p.speaker() + "|" + p.clipId(),
                    RunFolders.clip(corpus(), p.clipId(), speaker, Emotion.ANGER));
        }
    }

    private RunRow select(ResultsViewModel viewModel, String name) {
        RunRow row = viewModel.runs().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        viewModel.selectedRunProperty().set(row);
        return row;
    }

    @Test
    void anotherRunsFolderIsListedInsteadAndARunOpenedElsewhereIsSelected() throws IOException {
        RunFolders.done(runs().resolve("gui-run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        Path cliRuns = dir.resolve("project/runs");
        Path cliRun = RunFolders.done(cliRuns.resolve("cli-run"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(),
                0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "gui-run");

        viewModel.showRunsIn(cliRuns);

        assertThat(runsFolder.get()).isEqualTo(cliRuns.toAbsolutePath().normalize());
        assertThat(viewModel.runs()).extracting(RunRow::name).containsExactly("cli-run");
        assertThat(viewModel.selectedRunProperty().get()).as("the other folder's run is not kept").isNull();

        viewModel.showRunsIn(runs());
        viewModel.openRun(cliRun);

        assertThat(viewModel.runsFolder()).as("its folder is listed").isEqualTo(cliRuns.toAbsolutePath().normalize());
        assertThat(viewModel.selectedRunProperty().get().name()).isEqualTo("cli-run");
        assertThat(selection.runProperty().get().directory()).isEqualTo(cliRun);
    }

    @Test
    void openingAFolderThatIsNoRunSaysSo() throws IOException {
        RunFolders.done(runs().resolve("a"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();

        viewModel.openRun(runs().resolve("not-a-run"));

        assertThat(viewModel.selectedRunProperty().get()).isNull();
        assertThat(viewModel.statusProperty().get()).endsWith(runs().resolve("not-a-run").toAbsolutePath() + " is not a run");
    }

    @Test
    void listsRunsWithStateScoresAndConfigurationAndDamagedRunsWithTheirProblem() throws IOException {
        RunFolders.done(runs().resolve("a-multitask"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        RunFolders.killed(runs().resolve("b-killed"), RunFolders.config(corpus(), 0),
                RunFolders.twoFolds().subList(0, 4));
        RunFolders.done(runs().resolve("c-damaged"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(), 0.9);
        Files.writeString(runs().resolve("c-damaged/metrics.json"), "{\"pooled\": ");

        ResultsViewModel viewModel = viewModel();

        assertThat(viewModel.runs()).extracting(RunRow::name).containsExactly("a-multitask", "b-killed", "c-damaged");
        RunRow done = viewModel.runs().get(0);
        assertThat(done.state()).isEqualTo(RunState.DONE);
        assertThat(done.wa()).isEqualTo(5.0 / 8);
        assertThat(done.ua()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(done.macroF1()).isNotNaN();
        assertThat(done.folds()).isEqualTo(2);
        assertThat(done.partial()).isFalse();
        assertThat(done.configSummary())
                .isEqualTo("compact · emodb · multitask θ 1 · LOSO · training-fold · 12 epochs · seed 42");
        assertThat(done.isResumable()).isFalse();

        RunRow killed = viewModel.runs().get(1);
        assertThat(killed.stateText()).isEqualTo("killed");
        assertThat(killed.isResumable()).isTrue();
        assertThat(killed.partial()).isTrue();
        assertThat(killed.folds()).isEqualTo(1);
        assertThat(killed.wa()).isEqualTo(3.0 / 4);
        assertThat(killed.configSummary()).contains("single task");

        RunRow damaged = viewModel.runs().get(2);
        assertThat(damaged.isDamaged()).isTrue();
        assertThat(damaged.problems()).anySatisfy(p -> assertThat(p).contains("metrics.json"));
        assertThat(viewModel.statusProperty().get()).isEqualTo("3 runs in " + runs() + " · 1 damaged");
    }

    @Test
    void aGridShowsItsMergedRunsAndItsProgress() throws IOException {
        Map<String, TrainingConfig> configurations = new LinkedHashMap<>();
        configurations.put("theta-0", TrainingConfig.singleTask(corpus()));
        configurations.put("theta-1", TrainingConfig.multitask(corpus()));
        Path grid = Files.createDirectories(runs().resolve("G"));
        GridPlan plan = GridPlan.expand(configurations, List.of("emodb:03", "emodb:08"), true, List.of(42L));
        plan.write(grid);
        for (int index : new int[] {0, 1}) {
            RunFolders.done(grid.resolve(plan.task(index).run()), RunFolders.config(corpus(), 0),
                    RunFolders.twoFolds(), 0.9);
        }
        RunFolders.done(grid.resolve("merged/theta-0"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(), 0.9);

        ResultsViewModel viewModel = viewModel();

        assertThat(viewModel.runs()).extracting(RunRow::name).containsExactly("G/merged/theta-0");
        assertThat(viewModel.statusProperty().get()).isEqualTo("1 run in " + runs() + " · grid G: 2 of 4 tasks done"
                + " · 2 pending");
    }

    @Test
    void selectingADamagedRunShowsItsProblem() throws IOException {
        RunFolders.done(runs().resolve("damaged"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(), 0.9);
        Files.writeString(runs().resolve("damaged/config.json"), "not json");
        ResultsViewModel viewModel = viewModel();

        select(viewModel, "damaged");

        assertThat(viewModel.runProblemProperty().get()).startsWith("Damaged: ").contains("config.json")
                .contains("Cannot read damaged: ");
        assertThat(selection.runProperty().get()).isNull();
        assertThat(viewModel.matrix().matrixProperty().get()).isNull();
    }

    @Test
    void aMissingRunsFolderListsNoRuns() {
        ResultsViewModel viewModel = viewModel();

        assertThat(viewModel.runs()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEqualTo("No runs yet in " + runs());
    }

    @Test
    void selectingARunPublishesItAndShowsItsPooledMatrixAndScores() throws IOException {
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();

        select(viewModel, "run");

        assertThat(selection.runProperty().get().directory()).isEqualTo(runs().resolve("run"));
        assertThat(viewModel.runTitleProperty().get()).isEqualTo("run");
        assertThat(viewModel.runDetailProperty().get()).startsWith("done · compact");
        assertThat(viewModel.runProblemProperty().get()).isEmpty();
        assertThat(viewModel.matrix().matrixProperty().get().counts())
                .isEqualTo(new long[][] {{1, 2, 0}, {0, 2, 0}, {1, 0, 2}});
        assertThat(viewModel.matrix().folds()).extracting(FoldChoice::label)
                .containsExactly("All folds pooled (2)", "Fold emodb:03", "Fold emodb:08");
        assertThat(viewModel.matrix().matrixTitleProperty().get())
                .isEqualTo("All folds pooled (2) · 8 clips · WA 62.5 % · UA 66.7 %");
        assertThat(viewModel.matrix().pictureTitle()).endsWith(" · All folds pooled (2) · 8 clips · WA 62.5 % · UA 66.7 % · counts");
        assertThat(viewModel.scores().cards()).extracting(ScoreCard::title, ScoreCard::value).containsExactly(
                tuple("WA", "62.5 %"),
                tuple("UA", "66.7 %"),
                tuple("Macro-F1", "62.2 %"),
                tuple("Speaker head", "90.0 %"));
        assertThat(viewModel.scores().cards().get(0).detail()).isEqualTo("62.5 ± 17.7 % over 2 folds");
        assertThat(viewModel.scores().perClass()).extracting(c -> c.label(), c -> c.recall())
                .containsExactly(tuple("anger", 1.0 / 3),
                        tuple("happiness", 1.0),
                        tuple("neutral", 2.0 / 3));
        assertThat(viewModel.scores().perSpeaker()).extracting(GroupScores::id, GroupScores::clips, GroupScores::wa)
                .containsExactly(tuple("emodb:03", 4L, 0.75),
                        tuple("emodb:08", 4L, 0.5));
    }

    @Test
    void aSingleTaskRunHasNoSpeakerHeadCard() throws IOException {
        RunFolders.done(runs().resolve("single"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(), Double.NaN);
        ResultsViewModel viewModel = viewModel();

        select(viewModel, "single");

        assertThat(viewModel.scores().cards()).extracting(ScoreCard::title)
                .containsExactly("WA", "UA", "Macro-F1");
    }

    @Test
    void clickingACellListsItsClipsMostConfidentFirst() throws IOException {
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "run");

        viewModel.matrix().selectedCellProperty().set(new MatrixCell(0, 1));

        assertThat(viewModel.matrix().cellClips()).extracting(CellClip::clipId, CellClip::speaker)
                .containsExactly(tuple("08a01Wa.wav", "emodb:08"),
                        tuple("03a02Wa.wav", "emodb:03"));
        assertThat(viewModel.matrix().cellClips()).extracting(CellClip::confidence).containsExactly(0.7, 0.6);
        assertThat(viewModel.matrix().cellTitleProperty().get())
                .isEqualTo("True anger → predicted happiness: 2 clips, 66.7 % of the 3 anger clips");
    }

    @Test
    void rowPercentShowsEachCellsShareOfItsRow() throws IOException {
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "run");

        viewModel.matrix().valuesProperty().set(MatrixValues.ROW_PERCENT);
        CsvTable table = viewModel.matrix().matrixTable();

        assertThat(table.header()).containsExactly("true\\predicted (row fraction)", "anger", "happiness", "neutral");
        assertThat(table.rows().get(0)).containsExactly("anger", Double.toString(1.0 / 3), Double.toString(2.0 / 3),
                "0.0");
        assertThat(table.rows().get(1)).containsExactly("happiness", "0.0", "1.0", "0.0");
        assertThat(table.rows().get(2)).containsExactly("neutral", Double.toString(1.0 / 3), "0.0",
                Double.toString(2.0 / 3));
        assertThat(viewModel.matrix().matrixProperty().get().rowNormalised()[0][1]).isEqualTo(2.0 / 3);
    }

    @Test
    void choosingAFoldShowsOnlyThatFoldsMatrixAndClips() throws IOException {
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "run");
        viewModel.matrix().selectedCellProperty().set(new MatrixCell(0, 1));

        viewModel.matrix().foldProperty().set(viewModel.matrix().folds().get(2));

        assertThat(viewModel.matrix().matrixProperty().get().counts())
                .isEqualTo(new long[][] {{0, 1, 0}, {0, 1, 0}, {1, 0, 1}});
        assertThat(viewModel.matrix().cellClips()).extracting(CellClip::clipId).containsExactly("08a01Wa.wav");
        assertThat(viewModel.matrix().matrixTitleProperty().get())
                .isEqualTo("Fold emodb:08 · 4 clips · WA 50.0 % · UA 50.0 %");
    }

    @Test
    void openingACellClipPlaysItAndLetsNavigationWalkTheCell() throws IOException {
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        openCorpus();
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "run");
        viewModel.matrix().selectedCellProperty().set(new MatrixCell(0, 1));
        CellClip second = viewModel.matrix().cellClips().get(1);

        assertThat(viewModel.matrix().openClip(second)).isTrue();

        assertThat(selection.clipProperty().get().relativePath()).isEqualTo("03a02Wa.wav");
        assertThat(selection.playRequestsProperty().get()).isEqualTo(1);
        assertThat(selection.navigationListProperty().get()).extracting(Clip::relativePath)
                .containsExactly("08a01Wa.wav", "03a02Wa.wav");
        assertThat(viewModel.matrix().currentClipProperty().get()).isEqualTo(second);
        assertThat(viewModel.matrix().corpusMissingProperty().get()).isEmpty();

        selection.step(-1);

        assertThat(viewModel.matrix().currentClipProperty().get().clipId()).isEqualTo("08a01Wa.wav");
    }

    @Test
    void aClipOfACorpusThatIsNotOpenOffersToOpenTheRunsCorpus() throws IOException {
        Files.createDirectories(corpus());
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "run");
        viewModel.matrix().selectedCellProperty().set(new MatrixCell(0, 1));

        assertThat(viewModel.matrix().openClip(viewModel.matrix().cellClips().get(0))).isFalse();

        assertThat(selection.clipProperty().get()).isNull();
        assertThat(viewModel.matrix().corpusMissingProperty().get())
                .isEqualTo("These clips are not in an open corpus. The run was trained on " + corpus() + ".");
        assertThat(viewModel.matrix().canOpenCorporaProperty().get()).isTrue();
        viewModel.matrix().openRunCorpora();
        assertThat(corporaOpened).containsExactly(List.of(corpus()));
    }

    @Test
    void aCorpusFolderThatIsGoneIsNamedAsSuch() throws IOException {
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "run");

        viewModel.matrix().selectedCellProperty().set(new MatrixCell(0, 0));

        assertThat(viewModel.matrix().corpusMissingProperty().get())
                .endsWith(corpus() + " (not found on this computer).");
        assertThat(viewModel.matrix().canOpenCorporaProperty().get()).isFalse();
    }

    @Test
    void resumeHandsTheSelectedStoppedRunToTheTrainingWorkspace() throws IOException {
        RunFolders.done(runs().resolve("done"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        RunFolders.killed(runs().resolve("killed"), RunFolders.config(corpus(), 1), List.of());
        ResultsViewModel viewModel = viewModel();

        select(viewModel, "done");
        assertThat(viewModel.resumableProperty().get()).isFalse();
        viewModel.resumeSelected();
        select(viewModel, "killed");
        assertThat(viewModel.resumableProperty().get()).isTrue();
        viewModel.resumeSelected();

        assertThat(resumed).containsExactly(runs().resolve("killed"));
        assertThat(viewModel.runDetailProperty().get()).startsWith("killed: ").contains("can be resumed");
        assertThat(viewModel.matrix().matrixTitleProperty().get()).isEqualTo("No fold of killed has finished yet");
        assertThat(viewModel.scores().noteProperty().get())
                .isEqualTo("killed has no scores yet: no fold has finished.");
    }

    @Test
    void refreshKeepsTheSelectedRunAndShowsTheFoldsFinishedMeanwhile() throws IOException {
        Path run = RunFolders.killed(runs().resolve("growing"), RunFolders.config(corpus(), 0),
                RunFolders.twoFolds().subList(0, 4));
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "growing");
        assertThat(viewModel.matrix().matrixProperty().get().total()).isEqualTo(4);
        assertThat(viewModel.scores().cards().get(0).detail()).isEqualTo("1 fold so far: no spread");
        assertThat(viewModel.scores().noteProperty().get()).startsWith("Partial: the run has not finished");

        try (ExperimentFolder folder = ExperimentFolder.resume(run)) {
            folder.writePredictions(RunFolders.LABELS, RunFolders.twoFolds());
        }
        viewModel.refresh();

        assertThat(viewModel.selectedRunProperty().get().folds()).isEqualTo(2);
        assertThat(viewModel.matrix().matrixProperty().get().total()).isEqualTo(8);
        assertThat(selection.runProperty().get().predictions().orElseThrow().predictions()).hasSize(8);
    }

    @Test
    void aBaselineRunIsListedByItsModelAndComparesWithANetworkRun() throws IOException {
        ObjectNode baseline = RunFolders.JSON.createObjectNode();
        baseline.put("model", BaselineSettings.MODEL);
        baseline.put("targetCorpus", corpus().toString());
        baseline.putArray("heldOutSpeakers");
        baseline.put("seed", 42);
        baseline.put("normalisation", "training-fold");
        try (ExperimentFolder folder = ExperimentFolder.create(runs().resolve("baseline"), baseline,
                RunFolders.environment())) {
            folder.writePredictions(RunFolders.LABELS, RunFolders.twoFolds());
            folder.writeMetrics(RunMetrics.of(LosoReport.of(RunFolders.LABELS, RunFolders.twoFolds()), "fixed λ 100",
                    null));
            folder.markDone();
        }
        RunFolders.done(runs().resolve("network"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();

        RunRow row = select(viewModel, "baseline");

        assertThat(row.configSummary()).startsWith("baseline (log-Mel functionals + logistic regression) · emodb");
        assertThat(row.ua()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(selection.runProperty().get().model()).contains(BaselineSettings.MODEL);
        ComparisonViewModel comparison = viewModel.comparison();
        comparison.compareWithProperty().set(comparison.candidates().get(0));
        assertThat(comparison.rows()).extracting(RunComparison.Row::name).startsWith("WA", "UA");
        assertThat(comparison.rows().get(0).difference()).isZero();
    }

    @Test
    void comparingTwoRunsShowsTheDifferencesOfTheSecond() throws IOException {
        RunFolders.done(runs().resolve("single"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(), Double.NaN);
        List<Prediction> better = new ArrayList<>(RunFolders.twoFolds());
        better.set(1, RunFolders.prediction("03a02Wa.wav", "03", 0, 0, 0.6)); // one more anger clip right
        RunFolders.done(runs().resolve("multi"), RunFolders.config(corpus(), 1), better, 0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "single");
        ComparisonViewModel comparison = viewModel.comparison();

        assertThat(comparison.candidates()).extracting(RunRow::name).containsExactly("multi");
        comparison.compareWithProperty().set(comparison.candidates().get(0));

        assertThat(comparison.firstRunProperty().get()).isEqualTo("single");
        assertThat(comparison.secondRunProperty().get()).isEqualTo("multi");
        assertThat(comparison.rows()).extracting(RunComparison.Row::name)
                .containsExactly("WA", "UA", "macro-F1", "anger", "happiness", "neutral");
        RunComparison.Row wa = comparison.rows().get(0);
        assertThat(wa.first()).isEqualTo(5.0 / 8);
        assertThat(wa.second()).isEqualTo(6.0 / 8);
        assertThat(wa.difference()).isEqualTo(1.0 / 8);
        assertThat(wa.direction()).isEqualTo(1);
        RunComparison.Row anger = comparison.rows().get(3);
        assertThat(anger.difference()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(comparison.rows().get(4).direction()).isZero();
        assertThat(comparison.messageProperty().get()).startsWith("multi against single");

        select(viewModel, "multi");
        assertThat(comparison.compareWithProperty().get()).isNull();
        assertThat(comparison.rows()).isEmpty();
    }

    private Path seedGroup(String name, List<Prediction> predictions) throws IOException {
        Path group = runs().resolve(name);
        SeedGroup.create(group, List.of(42L, 43L));
        for (long seed : List.of(42L, 43L)) {
            RunFolders.done(group.resolve("seed-" + seed), RunFolders.config(corpus(), 0), predictions, Double.NaN);
        }
        return group;
    }

    @Test
    void seedsOfSeedGroupsAreListedAndComparedAsWholeGroupsWithThePairedTest() throws IOException {
        seedGroup("a", RunFolders.twoFolds());
        List<Prediction> better = new ArrayList<>(RunFolders.twoFolds());
        better.set(1, RunFolders.prediction("03a02Wa.wav", "03", 0, 0, 0.6));
        seedGroup("b", better);
        ResultsViewModel viewModel = viewModel();

        assertThat(viewModel.runs()).extracting(RunRow::name)
                .containsExactly("a/seed-42", "a/seed-43", "b/seed-42", "b/seed-43");
        select(viewModel, "a/seed-42");
        ComparisonViewModel comparison = viewModel.comparison();
        comparison.compareWithProperty().set(comparison.candidates().stream()
                .filter(r -> r.name().equals("b/seed-42")).findFirst().orElseThrow());

        assertThat(comparison.overSeedsAvailableProperty().get()).isTrue();
        assertThat(comparison.firstRunProperty().get()).isEqualTo("a (2 seeds)");
        assertThat(comparison.secondRunProperty().get()).isEqualTo("b (2 seeds)");
        assertThat(comparison.pairedFolds()).extracting(f -> f.fold()).containsExactly("emodb:03", "emodb:08");
        assertThat(comparison.pairedFolds().get(0).difference()).isPositive();
        assertThat(comparison.noiseProperty().get()).isEqualTo(ComparisonViewModel.Noise.WITHIN);
        assertThat(comparison.pairedSummaryProperty().get()).contains("2 common folds", "mean over seeds",
                "within noise");
        assertThat(comparison.rows().get(1).withinNoise()).isTrue();

        comparison.overSeedsProperty().set(false);
        assertThat(comparison.firstRunProperty().get()).isEqualTo("a/seed-42");
        assertThat(comparison.secondRunProperty().get()).isEqualTo("b/seed-42");
        assertThat(comparison.pairedSummaryProperty().get()).doesNotContain("mean over seeds");
    }

    @Test
    void aRunWithoutSeedsHasNoOverSeedsChoice() throws IOException {
        RunFolders.done(runs().resolve("single"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(), Double.NaN);
        RunFolders.done(runs().resolve("other"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), Double.NaN);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "single");
        ComparisonViewModel comparison = viewModel.comparison();
        comparison.compareWithProperty().set(comparison.candidates().get(0));

        assertThat(comparison.overSeedsAvailableProperty().get()).isFalse();
        // Equal on every fold: nothing to tell apart.
        assertThat(comparison.noiseProperty().get()).isEqualTo(ComparisonViewModel.Noise.WITHIN);
        assertThat(comparison.pairedFolds()).hasSize(2);
    }

    @Test
    void anAblationFoldersRunsAreListedAndShowThePapersTable() throws IOException {
        Path ablation = runs().resolve("ablation-savee");
        RunFolders.done(ablation.resolve("single-task"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(),
                Double.NaN);
        RunFolders.killed(ablation.resolve("multitask"), RunFolders.config(corpus(), 1),
                RunFolders.twoFolds().subList(0, 4));
        RunFolders.done(runs().resolve("plain"), RunFolders.config(corpus(), 0), RunFolders.twoFolds(), Double.NaN);
        ResultsViewModel viewModel = viewModel();

        assertThat(viewModel.runs()).extracting(RunRow::name)
                .containsExactly("plain", "ablation-savee/multitask", "ablation-savee/single-task");
        select(viewModel, "ablation-savee/single-task");

        ComparisonViewModel comparison = viewModel.comparison();
        assertThat(comparison.ablationTitleProperty().get()).startsWith("Ablation " + ablation);
        assertThat(comparison.ablationRows()).extracting(r -> r.configuration().folder())
                .containsExactly("single-task", "multitask", "cross-language", "multitask-cross-language");
        assertThat(comparison.ablationRows().get(0).wa()).isEqualTo(5.0 / 8);
        assertThat(comparison.ablationRows().get(0).paperWa()).isCloseTo(0.6551, within(1e-12));
        assertThat(comparison.ablationRows().get(1).partial()).isTrue();
        assertThat(comparison.ablationRows().get(2).problem()).isEqualTo("not run yet");

        select(viewModel, "plain");
        assertThat(comparison.ablationRows()).isEmpty();
    }

    @Test
    void exportedTablesReadBackAsShown() throws IOException {
        RunFolders.done(runs().resolve("run"), RunFolders.config(corpus(), 1), RunFolders.twoFolds(), 0.9);
        ResultsViewModel viewModel = viewModel();
        select(viewModel, "run");
        viewModel.matrix().selectedCellProperty().set(new MatrixCell(0, 1));
        Path exports = dir.resolve("exports");

        for (Map.Entry<String, CsvTable> table : Map.of(
                "matrix.csv", viewModel.matrix().matrixTable(),
                "clips.csv", viewModel.matrix().cellClipsTable(),
                "per-class.csv", viewModel.scores().perClassTable(),
                "per-speaker.csv", viewModel.scores().perSpeakerTable()).entrySet()) {
            Path target = exports.resolve(table.getKey());
            viewModel.exportCsv(table.getValue(), target);

            assertThat(viewModel.messageProperty().get()).isEqualTo("Saved " + target);
            assertThat(CsvTable.parse(Files.readString(target, StandardCharsets.UTF_8), target))
                    .isEqualTo(table.getValue());
        }
        assertThat(viewModel.matrix().matrixTable().rows().get(0)).containsExactly("anger", "1", "2", "0");
        assertThat(viewModel.matrix().cellClipsTable().rows().get(0)).containsExactly(
                corpus().toAbsolutePath().normalize().toString(), "08a01Wa.wav", "emodb:08", "emodb:08", "anger",
                "happiness", "0.7");
        assertThat(viewModel.scores().perClassTable().rows().get(0))
                .containsExactly("anger", "3", "2", "1", "0.5", Double.toString(1.0 / 3), "0.4");
        try (var files = Files.list(exports)) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void aPictureIsSavedAsPng() throws IOException {
        ResultsViewModel viewModel = viewModel();
        int[] pixels = {0xFF440154, 0xFFFDE725};
        Path target = dir.resolve("matrix.png");

        viewModel.exportPng(new ArgbImage(2, 1, pixels), target);

        BufferedImage saved = ImageIO.read(target.toFile());
        assertThat(saved.getRGB(0, 0, 2, 1, null, 0, 2)).containsExactly(pixels);
        assertThat(viewModel.messageProperty().get()).isEqualTo("Saved " + target);
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
        ResultsViewModel viewModel = viewModel();

        viewModel.exportPng(new ArgbImage(1, 1, new int[] {0xFF000000}), blocker.resolve("matrix.png"));

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Could not save " + blocker.resolve("matrix.png") + ": " + blocker
                        + " is a file, not a folder");
    }
}
