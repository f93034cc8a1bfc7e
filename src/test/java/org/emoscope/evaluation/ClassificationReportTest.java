package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationReportTest {

    private static ClassificationReport report(List<String> labels, long[][] counts) {
        return ClassificationReport.of(ConfusionMatrix.ofCounts(labels, counts));
    }

    private final ClassificationReport threeClasses = report(List.of("neutral", "angry", "sad"),
            new long[][] {{5, 1, 0}, {2, 3, 1}, {0, 0, 4}});

    @Test
    void waIsCorrectOverTotal() {
        // Diagonal 5+3+4 = 12 of 16.
        assertThat(threeClasses.wa()).isCloseTo(0.75, within(1e-12));
        assertThat(threeClasses.correct()).isEqualTo(12);
        assertThat(threeClasses.total()).isEqualTo(16);
    }

    @Test
    void uaIsMeanOfPerClassRecalls() {
        // Recalls 5/6, 3/6, 4/4; UA = (5/6 + 3/6 + 6/6) / 3 = 14/18 = 7/9 = 0.7778.
        List<ClassMetrics> classes = threeClasses.perClass();
        assertThat(classes.get(0).recall()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(classes.get(1).recall()).isCloseTo(0.5, within(1e-12));
        assertThat(classes.get(2).recall()).isCloseTo(1.0, within(1e-12));
        assertThat(threeClasses.ua()).isCloseTo(7.0 / 9, within(1e-12));
        assertThat(threeClasses.excludedFromUa()).isEmpty();
    }

    @Test
    void precisionIsTruePositivesOverColumnSum() {
        // Columns 5+2+0 = 7, 1+3+0 = 4, 0+1+4 = 5.
        List<ClassMetrics> classes = threeClasses.perClass();
        assertThat(classes.get(0).precision()).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(classes.get(1).precision()).isCloseTo(3.0 / 4, within(1e-12));
        assertThat(classes.get(2).precision()).isCloseTo(4.0 / 5, within(1e-12));
    }

    @Test
    void f1IsHarmonicMeanOfPrecisionAndRecallAndMacroF1TheirMean() {
        // F1 = 2PR/(P+R) = 2tp/(2tp+fp+fn):
        // neutral: P 5/7, R 5/6 -> (50/42)/(65/42) = 10/13  (= 10/(10+2+1))
        // angry:   P 3/4, R 3/6 -> 6/(6+1+3) = 3/5
        // sad:     P 4/5, R 1   -> 8/(8+1+0) = 8/9
        // macro-F1 = (10/13 + 3/5 + 8/9)/3 = (450 + 351 + 520)/585/3 = 1321/1755 = 0.75271
        List<ClassMetrics> classes = threeClasses.perClass();
        assertThat(classes.get(0).f1()).isCloseTo(10.0 / 13, within(1e-12));
        assertThat(classes.get(1).f1()).isCloseTo(3.0 / 5, within(1e-12));
        assertThat(classes.get(2).f1()).isCloseTo(8.0 / 9, within(1e-12));
        assertThat(threeClasses.macroF1()).isCloseTo(1321.0 / 1755, within(1e-12));
    }

    @Test
    void reportsSupportPredictedAndTruePositivesPerClass() {
        assertThat(threeClasses.perClass().get(1))
                .extracting(ClassMetrics::label, ClassMetrics::support, ClassMetrics::predicted,
                        ClassMetrics::truePositives)
                .containsExactly("angry", 6L, 4L, 3L);
    }

    @Test
    void classWithoutTrueSamplesIsExcludedFromUaAndMacroF1AndReported() {
        // "fear" has no true samples but was predicted once (from neutral).
        // Recalls 4/6, 3/6, 4/4 -> UA = (4/6 + 3/6 + 6/6)/3 = 13/18; WA = (4+3+4)/16 = 11/16.
        // F1: neutral 8/(8+2+2) = 2/3, angry 6/(6+1+3) = 3/5, sad 8/(8+1) = 8/9
        //   -> macro-F1 = (2/3 + 3/5 + 8/9)/3 = (30 + 27 + 40)/45/3 = 97/135.
        ClassificationReport report = report(List.of("neutral", "angry", "sad", "fear"),
                new long[][] {{4, 1, 0, 1}, {2, 3, 1, 0}, {0, 0, 4, 0}, {0, 0, 0, 0}});

        assertThat(report.excludedFromUa()).containsExactly("fear");
        assertThat(report.ua()).isCloseTo(13.0 / 18, within(1e-12));
        assertThat(report.wa()).isCloseTo(11.0 / 16, within(1e-12));
        assertThat(report.macroF1()).isCloseTo(97.0 / 135, within(1e-12));
        ClassMetrics fear = report.perClass().get(3);
        assertThat(fear.hasSupport()).isFalse();
        assertThat(fear.precision()).isZero();
        assertThat(fear.recall()).isNaN();
        assertThat(fear.f1()).isNaN();
    }

    @Test
    void classNeverPredictedHasPrecisionZeroNotNaN() {
        // "sad" (support 2) is never predicted: precision 0/0 -> 0, recall 0/2 = 0, F1 0.
        // UA = (3/4 + 2/4 + 0)/3 = 5/12; WA = 5/10.
        ClassificationReport report = report(List.of("neutral", "angry", "sad"),
                new long[][] {{3, 1, 0}, {2, 2, 0}, {1, 1, 0}});

        ClassMetrics sad = report.perClass().get(2);
        assertThat(sad.precision()).isZero();
        assertThat(sad.recall()).isZero();
        assertThat(sad.f1()).isZero();
        assertThat(report.ua()).isCloseTo(5.0 / 12, within(1e-12));
        assertThat(report.wa()).isCloseTo(0.5, within(1e-12));
        assertThat(report.excludedFromUa()).isEmpty();
    }

    @Test
    void scoresOfAMatrixWithoutSamplesAreUndefined() {
        ClassificationReport report = ClassificationReport.of(ConfusionMatrix.empty(List.of("neutral", "angry")));

        assertThat(report.wa()).isNaN();
        assertThat(report.ua()).isNaN();
        assertThat(report.macroF1()).isNaN();
        assertThat(report.excludedFromUa()).containsExactly("neutral", "angry");
    }

    @Test
    void definitionsStateWhatWaAndUaMean() {
        assertThat(ClassificationReport.WA_DEFINITION).contains("correct predictions / all predictions");
        assertThat(ClassificationReport.UA_DEFINITION).contains("mean over classes of per-class recall")
                .contains("excluded");
    }

    @Test
    void writesPerClassTableAsCsvWithUndefinedValuesEmptyAndLabelsQuoted() {
        // "say \"hi\"": 1 of 2 right, predicted once -> P 1/1, R 1/2, F1 2/(2+0+1) = 2/3.
        // "a,b": never true, predicted once -> P 0, R and F1 undefined.
        ClassificationReport report = report(List.of("say \"hi\"", "a,b"), new long[][] {{1, 1}, {0, 0}});

        assertThat(report.toCsv()).isEqualTo(
                "class,support,predicted,true_positives,precision,recall,f1\r\n"
                        + "\"say \"\"hi\"\"\",2,1,1,1.0,0.5,0.6666666666666666\r\n"
                        + "\"a,b\",0,1,0,0.0,,\r\n");
    }
}
