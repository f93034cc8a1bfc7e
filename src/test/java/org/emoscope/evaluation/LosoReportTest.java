package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.emoscope.evaluation.TestPredictions.prediction;

import java.util.List;
import org.junit.jupiter.api.Test;

class LosoReportTest {
    private static final List<String> LABELS = List.of("neutral", "angry");
    private static final int N = 0;
    private static final int A = 1;

    /*
     * Fold savee:A (speaker A): n->n, n->n, a->a, a->n
     *   WA 3/4; recalls n 2/2, a 1/2 -> UA 3/4; F1 n 4/(4+1+0) = 4/5, a 2/(2+0+1) = 2/3 -> macro 11/15
     * Fold savee:B (speaker B): n->a, a->a
     *   WA 1/2; recalls 0, 1 -> UA 1/2; F1 n 0, a 2/(2+1+0) = 2/3 -> macro 1/3
     * Fold savee:C (speakers C1 and C2): n->n (C1), a->a (C2)
     *   WA 1, UA 1, macro-F1 1
     * Pooled [[3,1],[1,3]]: WA 6/8, UA (3/4 + 3/4)/2, F1 6/8 both.
     * Over folds: WA and UA mean (0.75+0.5+1)/3 = 0.75, sd sqrt((0 + 0.0625 + 0.0625)/2) = 0.25;
     *   macro-F1 mean (33 + 15 + 45)/45/3 = 31/45, deviations 2/45, -16/45, 14/45,
     *   squares (4 + 256 + 196)/2025, sd sqrt(456/2025/2) = sqrt(228)/45.
     */
    private static final List<Prediction> PREDICTIONS = List.of(
            prediction("A/1.wav", "savee:A", "A", N, N, 2),
            prediction("A/2.wav", "savee:A", "A", N, N, 2),
            prediction("A/3.wav", "savee:A", "A", A, A, 2),
            prediction("A/4.wav", "savee:A", "A", A, N, 2),
            prediction("B/1.wav", "savee:B", "B", N, A, 2),
            prediction("B/2.wav", "savee:B", "B", A, A, 2),
            prediction("C1/1.wav", "savee:C", "C1", N, N, 2),
            prediction("C2/1.wav", "savee:C", "C2", A, A, 2));

    private final LosoReport report = LosoReport.of(LABELS, PREDICTIONS);

    @Test
    void scoresEachFoldOnItsOwnPredictions() {
        assertThat(report.perFold()).containsOnlyKeys("savee:A", "savee:B", "savee:C");
        ClassificationReport foldA = report.perFold().get("savee:A");
        assertThat(foldA.wa()).isCloseTo(0.75, within(1e-12));
        assertThat(foldA.ua()).isCloseTo(0.75, within(1e-12));
        assertThat(foldA.macroF1()).isCloseTo(11.0 / 15, within(1e-12));
        ClassificationReport foldB = report.perFold().get("savee:B");
        assertThat(foldB.wa()).isCloseTo(0.5, within(1e-12));
        assertThat(foldB.ua()).isCloseTo(0.5, within(1e-12));
        assertThat(foldB.macroF1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void pooledReportIsThatOfTheSummedFoldMatrices() {
        assertThat(report.pooled().matrix()).isEqualTo(ConfusionMatrix.of(LABELS, PREDICTIONS));
        assertThat(report.pooled().matrix().counts()).isDeepEqualTo(new long[][] {{3, 1}, {1, 3}});
        assertThat(report.pooled().wa()).isCloseTo(0.75, within(1e-12));
        assertThat(report.pooled().ua()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void averagesScoresOverFoldsWithSampleStandardDeviation() {
        assertThat(report.waOverFolds().mean()).isCloseTo(0.75, within(1e-12));
        assertThat(report.waOverFolds().sd()).isCloseTo(0.25, within(1e-12));
        assertThat(report.uaOverFolds().mean()).isCloseTo(0.75, within(1e-12));
        assertThat(report.uaOverFolds().sd()).isCloseTo(0.25, within(1e-12));
        assertThat(report.macroF1OverFolds().mean()).isCloseTo(31.0 / 45, within(1e-12));
        assertThat(report.macroF1OverFolds().sd()).isCloseTo(Math.sqrt(228) / 45, within(1e-12));
        assertThat(report.waOverFolds().n()).isEqualTo(3);
    }

    @Test
    void groupsPerSpeakerReportsByTheSpeakerOfEachPrediction() {
        assertThat(report.perSpeaker()).containsOnlyKeys("A", "B", "C1", "C2");
        ClassificationReport c1 = report.perSpeaker().get("C1");
        assertThat(c1.total()).isEqualTo(1);
        assertThat(c1.ua()).isCloseTo(1.0, within(1e-12));
        assertThat(c1.excludedFromUa()).containsExactly("angry");
    }

    @Test
    void singleFoldHasUndefinedStandardDeviation() {
        LosoReport single = LosoReport.of(LABELS, PREDICTIONS.subList(0, 4));

        assertThat(single.waOverFolds().mean()).isCloseTo(0.75, within(1e-12));
        assertThat(single.waOverFolds().sd()).isNaN();
    }

    @Test
    void rejectsAClipTestedInTwoFoldsNamingItAndTheFolds() {
        List<Prediction> twice = List.of(
                prediction("A/1.wav", "savee:A", "A", N, N, 2),
                prediction("A/1.wav", "savee:B", "A", N, N, 2));

        assertThatThrownBy(() -> LosoReport.of(LABELS, twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A/1.wav: tested twice, in folds savee:A and savee:B");
    }

    @Test
    void rejectsAnEmptyRun() {
        assertThatThrownBy(() -> LosoReport.of(LABELS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesFoldSpeakerPooledAndOverFoldRecordsAsCsv() {
        List<String> lines = List.of(report.toCsv().split("\r\n"));

        assertThat(report.toCsv()).endsWith("\r\n");
        assertThat(lines).hasSize(1 + 3 + 4 + 1 + 2);
        assertThat(lines.get(0)).isEqualTo("scope,id,n,correct,wa,ua,macro_f1,excluded_from_ua");
        assertThat(lines.get(1)).startsWith("fold,savee:A,4,3,0.75,0.75,");
        assertThat(lines.get(3)).isEqualTo("fold,savee:C,2,2,1.0,1.0,1.0,");
        assertThat(lines.get(6)).isEqualTo("speaker,C1,1,1,1.0,1.0,1.0,angry");
        assertThat(lines.get(8)).isEqualTo("pooled,,8,6,0.75,0.75,0.75,");
        assertThat(lines.get(9)).startsWith("mean_over_folds,,3,,0.75,0.75,0.68");
        assertThat(lines.get(10)).startsWith("sd_over_folds,,3,,0.25,0.25,0.33");
    }
}
