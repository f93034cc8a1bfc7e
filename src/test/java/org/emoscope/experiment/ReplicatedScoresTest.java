package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.evaluation.PairedComparison;
import org.emoscope.evaluation.Prediction;
import org.emoscope.experiment.ReplicatedScores.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicatedScoresTest {
    static final List<String> LABELS = List.of("x", "y");

    @TempDir
    Path runs;

    /** Two clips per fold, x and y; {@code correct[i]} says how the fold goes: 2 both right (UA 1), 1 only x (UA ½), 0 none. */
    static List<Prediction> folds(int... correct) {
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            String fold = "f" + (i + 1);
            predictions.add(new Prediction(fold + "-x", fold, fold, 0, correct[i] >= 1 ? 0 : 1, new double[] {0.5, 0.5}));
            predictions.add(new Prediction(fold + "-y", fold, fold, 1, correct[i] == 2 ? 1 : 0, new double[] {0.5, 0.5}));
        }
        return predictions;
    }

    static ObjectNode config(double theta, long seed) {
        ObjectNode config = new ObjectMapper().createObjectNode();
        config.put("gamma", 1.0);
        config.put("theta", theta);
        config.put("seed", seed);
        return config;
    }

    static Path done(Path directory, ObjectNode config, List<Prediction> predictions) throws IOException {
        try (ExperimentFolder folder = ExperimentFolder.create(directory, config, TestRuns.environment())) {
            folder.writePredictions(LABELS, predictions);
            folder.writeMetrics(RunMetrics.of(LosoReport.of(LABELS, predictions), "validation", null));
            folder.markDone();
        }
        return directory;
    }

    static Path group(Path directory, double theta, List<List<Prediction>> perSeed) throws IOException {
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < perSeed.size(); i++) {
            seeds.add(42L + i);
        }
        SeedGroup group = SeedGroup.create(directory, seeds);
        for (int i = 0; i < perSeed.size(); i++) {
            done(group.members().get(i).directory(), config(theta, seeds.get(i)), perSeed.get(i));
        }
        return directory;
    }

    @Test
    void averagesOverSeedsOverSeedsAndFoldsAndPerFold() throws IOException {
        Path group = group(runs.resolve("g"), 0, List.of(folds(2, 1), folds(1, 1)));

        ReplicatedScores scores = ReplicatedScores.read(group);

        assertThat(scores.isGroup()).isTrue();
        assertThat(scores.members()).extracting(ReplicatedScores.Member::name).containsExactly("seed-42", "seed-43");
        assertThat(scores.members()).extracting(ReplicatedScores.Member::seed).containsExactly(42L, 43L);
        // Pooled UA: seed 42 (x 2/2, y 1/2) 0.75, seed 43 (x 2/2, y 0/2) 0.5.
        assertThat(scores.overSeeds(Score.UA).mean()).isCloseTo(0.625, within(1e-12));
        assertThat(scores.overSeeds(Score.UA).sd()).isCloseTo(Math.sqrt(2 * 0.125 * 0.125), within(1e-12));
        assertThat(scores.overSeedsAndFolds(Score.UA).n()).isEqualTo(4);
        assertThat(scores.overSeedsAndFolds(Score.UA).mean()).isCloseTo(0.625, within(1e-12));
        assertThat(scores.perFold(Score.UA)).containsEntry("f1", 0.75).containsEntry("f2", 0.5);
        assertThat(scores.problems()).isEmpty();
    }

    @Test
    void aPlainRunIsAGroupOfOne() throws IOException {
        Path run = done(runs.resolve("plain"), config(0, 7), folds(2, 1));

        ReplicatedScores scores = ReplicatedScores.read(run);

        assertThat(scores.isGroup()).isFalse();
        assertThat(scores.members()).singleElement().satisfies(m -> assertThat(m.seed()).isEqualTo(7L));
        assertThat(scores.overSeeds(Score.WA).sd()).isNaN();
        assertThat(scores.folds()).containsExactly("f1", "f2");
    }

    @Test
    void leavesOutMissingAndDamagedSeedsNamingTheirFolders() throws IOException {
        Path group = group(runs.resolve("g"), 0, List.of(folds(2, 1), folds(1, 1)));
        Files.writeString(group.resolve("seed-43/predictions.csv"), "not,a\npredictions,file");
        Files.writeString(group.resolve("seed-43/metrics.json"), "{");
        Files.writeString(group.resolve(SeedGroup.FILE), "{\"formatVersion\": 1, \"seeds\": [42, 43, 44]}");

        ReplicatedScores scores = ReplicatedScores.read(group);

        assertThat(scores.members()).extracting(ReplicatedScores.Member::name).containsExactly("seed-42");
        assertThat(scores.problems()).hasSize(2);
        assertThat(scores.problems().get(0)).contains(group.resolve("seed-43").toString());
        assertThat(scores.problems().get(1)).contains(group.resolve("seed-44").toString()).contains("missing");
    }

    @Test
    void refusesAFolderThatIsNeitherRunNorGroup() {
        assertThatThrownBy(() -> ReplicatedScores.read(runs)).isInstanceOf(ExperimentFolderException.class)
                .hasMessageContaining(runs.toString()).hasMessageContaining("neither a run");
    }

    @Test
    void pairsTwoGroupsOverTheirCommonFoldsAveragedOverSeeds() throws IOException {
        ReplicatedScores first = ReplicatedScores.read(group(runs.resolve("a"), 0, List.of(folds(1, 1, 0), folds(1, 0, 0))));
        ReplicatedScores second = ReplicatedScores.read(group(runs.resolve("b"), 1, List.of(folds(2, 2), folds(2, 1))));

        PairedComparison ua = first.pairedWith(second, Score.UA).orElseThrow();

        assertThat(ua.folds()).extracting(PairedComparison.FoldDifference::fold).containsExactly("f1", "f2");
        assertThat(ua.folds().get(0).difference()).isCloseTo(0.5, within(1e-12)); // 1 − 0.5
        assertThat(ua.folds().get(1).difference()).isCloseTo(0.5, within(1e-12)); // 0.75 − 0.25
        assertThat(ua.withinNoise()).isTrue(); // two folds can never be beyond noise
    }

    @Test
    void seedGroupRoundTripsAndKnowsItsMembers() throws IOException {
        SeedGroup created = SeedGroup.create(runs.resolve("g"), List.of(3L, 1L, 2L));
        ExperimentFolder.create(created.members().get(0).directory(), config(0, 3), TestRuns.environment()).close();

        SeedGroup read = SeedGroup.read(runs.resolve("g"));

        assertThat(read.seeds()).containsExactly(3L, 1L, 2L);
        assertThat(read.members()).extracting(SeedGroup.Member::name).containsExactly("seed-3", "seed-1", "seed-2");
        assertThat(SeedGroup.isGroup(runs.resolve("g"))).isTrue();
        assertThat(ExperimentFolder.isRun(runs.resolve("g"))).isFalse();
        assertThat(SeedGroup.groupOf(runs.resolve("g/seed-3"))).contains(runs.resolve("g").toAbsolutePath());
        assertThat(SeedGroup.groupOf(runs.resolve("g/other"))).isEmpty();
        assertThat(SeedGroup.foldersIn(runs)).containsExactly(runs.resolve("g"));
        assertThatThrownBy(() -> SeedGroup.create(runs.resolve("g"), List.of(5L)))
                .isInstanceOf(ExperimentFolderException.class).hasMessageContaining("not empty");
    }

    @Test
    void parsesACountOrAListOfSeeds() {
        assertThat(SeedGroup.parseSeeds("3", 42)).containsExactly(42L, 43L, 44L);
        assertThat(SeedGroup.parseSeeds("7, 1,9", 42)).containsExactly(7L, 1L, 9L);
        assertThatThrownBy(() -> SeedGroup.parseSeeds("0", 42)).hasMessageContaining("positive count");
        assertThatThrownBy(() -> SeedGroup.parseSeeds("a,b", 42)).hasMessageContaining("not a,b");
        assertThatThrownBy(() -> SeedGroup.parseSeeds("4,4", 42)).hasMessageContaining("listed twice");
    }
}
