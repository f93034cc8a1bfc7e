package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSelectionPolicyTest {
    private static final double NAN = Double.NaN;

    private static EpochSummary epoch(int epoch, double validationUa, double testUa) {
        return new EpochSummary("savee:DC", epoch, 1.0, 0.5, 1.5, 0.9, 0.9, 0.5, validationUa, 0.5, testUa,
                0.8, 12.0, false);
    }

    private static List<EpochSummary> history(double... validationUas) {
        List<EpochSummary> rows = new ArrayList<>();
        for (int i = 0; i < validationUas.length; i++) {
            rows.add(epoch(i + 1, validationUas[i], 0.1 * (i + 1)));
        }
        return rows;
    }

    @Test
    void validationPicksTheHighestValidationUaAndTheEarlierEpochOnTies() {
        ModelSelectionPolicy policy = new ModelSelectionPolicy(ModelSelection.VALIDATION, 0);

        assertThat(policy.best(history(0.4, 0.6, 0.5, 0.6, 0.3))).get().extracting(EpochSummary::epoch).isEqualTo(2);
    }

    @Test
    void testOraclePicksTheHighestTestUa() {
        ModelSelectionPolicy policy = new ModelSelectionPolicy(ModelSelection.TEST_ORACLE, 0);
        List<EpochSummary> rows = List.of(epoch(1, 0.9, 0.2), epoch(2, 0.1, 0.7), epoch(3, 0.5, 0.4));

        assertThat(policy.best(rows)).get().extracting(EpochSummary::epoch).isEqualTo(2);
    }

    @Test
    void epochsWithoutAScoreAreNeverChosen() {
        ModelSelectionPolicy policy = new ModelSelectionPolicy(ModelSelection.VALIDATION, 2);

        assertThat(policy.best(history(NAN, 0.2, NAN))).get().extracting(EpochSummary::epoch).isEqualTo(2);
        assertThat(policy.best(history(NAN, NAN))).isEmpty();
        assertThat(policy.shouldStop(history(NAN, NAN, NAN, NAN))).isFalse();
    }

    @Test
    void tellsWhetherANewEpochBecomesTheSelectedOne() {
        ModelSelectionPolicy policy = new ModelSelectionPolicy(ModelSelection.VALIDATION, 0);
        List<EpochSummary> earlier = history(0.4, 0.6);

        assertThat(policy.isNewBest(earlier, epoch(3, 0.61, NAN))).isTrue();
        assertThat(policy.isNewBest(earlier, epoch(3, 0.6, NAN))).isFalse();
        assertThat(policy.isNewBest(List.of(), epoch(1, 0.1, NAN))).isTrue();
        assertThat(policy.isNewBest(List.of(), epoch(1, NAN, NAN))).isFalse();
    }

    @Test
    void stopsAfterPatienceEpochsWithoutImprovement() {
        ModelSelectionPolicy policy = new ModelSelectionPolicy(ModelSelection.VALIDATION, 3);

        assertThat(policy.shouldStop(history(0.3, 0.5, 0.4, 0.4))).isFalse();
        assertThat(policy.shouldStop(history(0.3, 0.5, 0.4, 0.4, 0.5))).isTrue();
        assertThat(policy.shouldStop(history(0.3, 0.5, 0.4, 0.4, 0.6))).isFalse();
    }

    @Test
    void zeroPatienceNeverStops() {
        ModelSelectionPolicy policy = new ModelSelectionPolicy(ModelSelection.VALIDATION, 0);

        assertThat(policy.shouldStop(history(0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1))).isFalse();
    }

    @Test
    void takesSelectionAndPatienceFromTheConfiguration() {
        TrainingConfig config = TrainingConfig.defaults(Path.of("/data/savee")).toBuilder()
                .modelSelection(ModelSelection.TEST_ORACLE).earlyStoppingPatience(7).build();

        assertThat(ModelSelectionPolicy.of(config)).isEqualTo(new ModelSelectionPolicy(ModelSelection.TEST_ORACLE, 7));
    }
}
