package org.emoscope.experiment;

import org.emoscope.training.EpochSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class HistoryTest {
    @TempDir
    Path dir;

    private static EpochSummary row(String fold, int epoch, double totalLoss) {
        return new EpochSummary(fold, epoch, 0.8 * totalLoss, 0.2 * totalLoss, totalLoss, 0.5, 0.45, 0.4, 0.35,
                Double.NaN, Double.NaN, Double.NaN, 12.25, false);
    }

    @Test
    void rowsRoundTripExactlyIncludingUnmeasuredValues() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            assertThat(folder.readHistory()).isEmpty();
            EpochSummary first = row("savee:DC", 1, 1.9876543210123);
            EpochSummary second = row("savee:DC", 2, 0.1 + 0.2);
            folder.appendHistory(first);
            folder.appendHistory(second);

            List<EpochSummary> read = ExperimentFolder.open(dir.resolve("run")).readHistory();

            assertThat(read).containsExactly(first, second);
            assertThat(read.get(1).trainSpeakerAccuracy()).isNaN();
            assertThat(Files.readString(dir.resolve("run/history.csv"))).startsWith(
                    "fold,epoch,gamma_emotion_loss,theta_speaker_loss,total_loss,train_wa,train_ua,val_wa,val_ua,"
                            + "speaker_accuracy,seconds,selected,test_wa,test_ua\r\nsavee:DC,1,");
        }
    }

    @Test
    void historyWrittenBeforeTestScoresWereRecordedReadsThemAsUnmeasured() throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("history.csv");
        Files.writeString(file, "fold,epoch,gamma_emotion_loss,theta_speaker_loss,total_loss,train_wa,train_ua,val_wa,"
                + "val_ua,speaker_accuracy,seconds,selected\r\nsavee:DC,1,1,1,2,0.5,0.5,0.4,0.4,,3,true\r\n");

        List<EpochSummary> rows = HistoryCsv.parse(Files.readString(file), file);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.testUa()).isNaN();
            assertThat(row.selected()).isTrue();
        });
        assertThat(SelectionGap.of(rows)).as("no gap without per-epoch test scores").isEmpty();
    }

    @Test
    void selectionGapComparesTheKeptEpochWithTheLastAndTheBest() {
        List<EpochSummary> rows = List.of(scored("a", 1, 0.30, false), scored("a", 2, 0.70, true), scored("a", 3, 0.50, false),
                scored("b", 1, 0.60, false), scored("b", 2, 0.60, false), scored("b", 3, 0.40, true));

        SelectionGap gap = SelectionGap.of(rows).orElseThrow();

        assertThat(gap.perFold().get("a")).isEqualTo(new SelectionGap.Fold(2, 0.70, 3, 0.50, 2, 0.70));
        assertThat(gap.perFold().get("b")).as("ties go to the earlier epoch")
                .isEqualTo(new SelectionGap.Fold(3, 0.40, 3, 0.40, 1, 0.60));
        assertThat(gap.selected().mean()).isCloseTo(0.55, within(1e-12));
        assertThat(gap.last().mean()).isCloseTo(0.45, within(1e-12));
        assertThat(gap.best().mean()).isCloseTo(0.65, within(1e-12));
    }

    private static EpochSummary scored(String fold, int epoch, double testUa, boolean selected) {
        return new EpochSummary(fold, epoch, 1, 0, 1, 0.5, 0.5, 0.5, 0.5, testUa, testUa, Double.NaN, 1, selected);
    }

    @Test
    void anEpochRecordedAgainAfterResumingReplacesTheEarlierRecord() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            folder.appendHistory(row("a", 1, 1.0));
            folder.appendHistory(row("a", 2, 0.9));
            folder.appendHistory(row("a", 3, 0.8));
            folder.discardHistoryAfter("a", 1);
            folder.appendHistory(row("b", 1, 5.0));
            folder.appendHistory(row("a", 2, 0.7));
            folder.appendHistory(row("a", 2, 0.6));

            assertThat(folder.readHistory()).extracting(EpochSummary::foldId, EpochSummary::epoch, EpochSummary::totalLoss)
                    .containsExactly(tuple("a", 1, 1.0),
                            tuple("b", 1, 5.0),
                            tuple("a", 2, 0.6));
        }
    }

    @Test
    void marksExactlyOneSelectedEpochPerFold() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            for (int epoch = 1; epoch <= 3; epoch++) {
                folder.appendHistory(row("a", epoch, 1.0 / epoch));
                folder.appendHistory(row("b", epoch, 1.0 / epoch));
            }
            folder.markSelectedEpoch("a", 3);
            folder.markSelectedEpoch("a", 2);
            folder.markSelectedEpoch("b", 1);

            assertThat(folder.readHistory()).filteredOn(EpochSummary::selected)
                    .extracting(r -> r.foldId() + "@" + r.epoch()).containsExactly("b@1", "a@2");
            assertThatThrownBy(() -> folder.markSelectedEpoch("a", 9)).hasMessageContaining("epoch 9");
        }
    }

    @Test
    void readsColumnsByNameSoAddedOrMissingColumnsDoNoHarm() throws IOException {
        Path run = dir.resolve("run");
        TestRuns.create(run).close();
        Files.writeString(run.resolve("history.csv"),
                "epoch,fold,total_loss,learning_rate,selected\n3,\"x,y\",0.5,0.001,true\n");

        EpochSummary row = ExperimentFolder.open(run).readHistory().get(0);

        assertThat(row.foldId()).isEqualTo("x,y");
        assertThat(row.epoch()).isEqualTo(3);
        assertThat(row.totalLoss()).isEqualTo(0.5);
        assertThat(row.validationUa()).isNaN();
        assertThat(row.selected()).isTrue();
    }

    @Test
    void namesTheFileAndRecordOfABadNumber() throws IOException {
        Path run = dir.resolve("run");
        TestRuns.create(run).close();
        Files.writeString(run.resolve("history.csv"), "fold,epoch,total_loss\na,1,0.5\na,2,lots\n");

        assertThatThrownBy(() -> ExperimentFolder.open(run).readHistory())
                .isInstanceOf(ExperimentFolderException.class)
                .hasMessage(run.resolve("history.csv") + ": record 3: total_loss \"lots\" is not a number");
    }
}
