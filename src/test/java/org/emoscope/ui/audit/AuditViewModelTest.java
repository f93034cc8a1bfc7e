package org.emoscope.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Emotion;
import org.emoscope.experiment.AuditEntry;
import org.emoscope.experiment.ClipKey;
import org.emoscope.experiment.RunAudit;
import org.emoscope.experiment.RunResults;
import org.emoscope.experiment.Verdict;
import org.emoscope.task.CurrentThreadTaskExecutor;
import org.emoscope.task.TaskExecutor;
import org.emoscope.ui.TestRuns;
import org.emoscope.ui.WorkbenchSelection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit bar's view model with its run's verdicts, without a JavaFX toolkit. */
class AuditViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T14:02:37Z"), ZoneOffset.UTC);
    private static final Clip FEARFUL = TestRuns.emoDb("03", "03a01Aa.wav", Emotion.FEAR);
    private static final Clip ANGRY = TestRuns.emoDb("03", "03a01Wa.wav", Emotion.ANGER);
    private static final Clip NOT_TESTED = TestRuns.emoDb("08", "08a01Wa.wav", Emotion.ANGER);

    @TempDir
    Path dir;

    private final WorkbenchSelection selection = new WorkbenchSelection();
    private RunResults run;

    @BeforeEach
    void writeRun() throws IOException {
        run = TestRuns.write(dir.resolve("run"), TestRuns.EMODB_ROOT, List.of(
                TestRuns.prediction(FEARFUL, Emotion.ANGER), TestRuns.prediction(ANGRY, Emotion.ANGER)));
    }

    private AuditViewModel audit(TaskExecutor executor) {
        return new AuditViewModel(selection, new RunVerdicts(selection, executor, CLOCK), CLOCK);
    }

    private AuditViewModel audit() {
        return audit(new CurrentThreadTaskExecutor());
    }

    private List<AuditEntry> saved() throws IOException {
        return RunAudit.open(run.directory()).entries();
    }

    @Test
    void withoutARunNothingCanBeAuditedAndTheHintSaysWhy() {
        AuditViewModel audit = audit();
        selection.clipProperty().set(FEARFUL);

        audit.setVerdict(Verdict.FINE);

        assertThat(audit.editableProperty().get()).isFalse();
        assertThat(audit.verdictProperty().get()).isNull();
        assertThat(audit.hintProperty().get()).isEqualTo("Select a run (Results) to audit its predictions");
    }

    @Test
    void aClipThatTheRunDidNotTestCannotBeAudited() {
        AuditViewModel audit = audit();
        selection.runProperty().set(run);
        selection.clipProperty().set(NOT_TESTED);

        assertThat(audit.editableProperty().get()).isFalse();
        assertThat(audit.hintProperty().get()).isEqualTo("Not a test clip of run: nothing to audit");
    }

    @Test
    void aVerdictIsInTheAuditFileAsSoonAsItIsSet() throws IOException {
        AuditViewModel audit = audit();
        selection.runProperty().set(run);
        selection.clipProperty().set(FEARFUL);
        assertThat(audit.hintProperty().get()).isEqualTo("Predicted anger (60 %) ✗ labelled fear");

        audit.setVerdict(Verdict.MODEL_WRONG);

        assertThat(saved()).containsExactly(new AuditEntry(ClipKey.of(FEARFUL), "fear", "anger",
                Verdict.MODEL_WRONG, "", Instant.parse("2024-05-01T14:02:37Z")));
        assertThat(audit.statusProperty().get()).isEqualTo("Saved 14:02");
    }

    @Test
    void clearingTheVerdictKeepsTheNoteAndClearingBothRemovesTheEntry() throws IOException {
        AuditViewModel audit = audit();
        selection.runProperty().set(run);
        selection.clipProperty().set(FEARFUL);
        audit.setVerdict(Verdict.AMBIGUOUS);
        audit.noteProperty().set("breathy, could be fear");

        audit.clearVerdict();
        assertThat(saved()).singleElement().satisfies(entry -> {
            assertThat(entry.verdict()).isNull();
            assertThat(entry.note()).isEqualTo("breathy, could be fear");
        });

        audit.noteProperty().set("");
        assertThat(saved()).isEmpty();
    }

    @Test
    void eachClipShowsItsOwnEntryAndBrowsingWritesNothing() throws IOException {
        AuditViewModel audit = audit();
        selection.runProperty().set(run);
        selection.clipProperty().set(FEARFUL);
        audit.setVerdict(Verdict.LABEL_WRONG);
        audit.noteProperty().set("sounds neutral");
        String written = Files.readString(run.directory().resolve(RunAudit.FILE_NAME));

        selection.clipProperty().set(ANGRY);
        assertThat(audit.verdictProperty().get()).isNull();
        assertThat(audit.noteProperty().get()).isEmpty();
        assertThat(audit.hintProperty().get()).isEqualTo("Predicted anger (60 %) ✓");

        selection.clipProperty().set(FEARFUL);
        assertThat(audit.verdictProperty().get()).isEqualTo(Verdict.LABEL_WRONG);
        assertThat(audit.noteProperty().get()).isEqualTo("sounds neutral");
        assertThat(run.directory().resolve(RunAudit.FILE_NAME)).hasContent(written);
    }

    @Test
    void aVerdictSavedInAnotherWindowShowsWhenTheAnnotatorMovesOnAndIsNotReverted() throws IOException {
        AuditViewModel windowA = audit();
        selection.runProperty().set(run);
        WorkbenchSelection other = new WorkbenchSelection();
        AuditViewModel windowB = new AuditViewModel(other, new RunVerdicts(other, new CurrentThreadTaskExecutor(), CLOCK),
                CLOCK);
        other.runProperty().set(run);
        other.clipProperty().set(FEARFUL);

        selection.clipProperty().set(ANGRY);
        windowA.setVerdict(Verdict.FINE);
        other.clipProperty().set(ANGRY);

        assertThat(windowB.verdictProperty().get()).as("B shows A's verdict").isEqualTo(Verdict.FINE);
        other.clipProperty().set(FEARFUL);
        windowB.setVerdict(Verdict.LABEL_WRONG);
        assertThat(saved()).extracting(AuditEntry::verdict).containsExactlyInAnyOrder(Verdict.LABEL_WRONG, Verdict.FINE);
    }

    @Test
    void selectingTheRunAgainRestoresItsVerdicts() {
        AuditViewModel first = audit();
        selection.runProperty().set(run);
        selection.clipProperty().set(ANGRY);
        first.setVerdict(Verdict.FINE);

        WorkbenchSelection later = new WorkbenchSelection();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        AuditViewModel reopened = new AuditViewModel(later, new RunVerdicts(later, executor, CLOCK), CLOCK);
        later.runProperty().set(run);
        later.clipProperty().set(ANGRY);

        assertThat(reopened.verdictProperty().get()).isEqualTo(Verdict.FINE);
        assertThat(reopened.statusProperty().get()).isEqualTo("1 entry");
    }

    @Test
    void changesMadeWhileAWriteIsUnderWayGoOutTogetherInTheNextWrite() throws IOException {
        HeldTaskExecutor executor = new HeldTaskExecutor();
        AuditViewModel audit = audit(executor);
        selection.runProperty().set(run);
        executor.runNext();
        selection.clipProperty().set(FEARFUL);
        executor.runNext(); // the look for verdicts saved elsewhere that each move to a clip makes

        audit.setVerdict(Verdict.MODEL_WRONG);
        audit.noteProperty().set("f");
        audit.noteProperty().set("fast");
        assertThat(executor.heldCount()).isEqualTo(1);
        assertThat(audit.statusProperty().get()).isEqualTo("Saving…");

        executor.runNext();
        assertThat(saved()).singleElement().satisfies(entry -> assertThat(entry.note()).isEmpty());
        executor.runNext();

        assertThat(saved()).singleElement().satisfies(entry -> {
            assertThat(entry.verdict()).isEqualTo(Verdict.MODEL_WRONG);
            assertThat(entry.note()).isEqualTo("fast");
        });
        assertThat(executor.heldCount()).isZero();
        assertThat(audit.statusProperty().get()).isEqualTo("Saved 14:02");
    }

    @Test
    void aFailedSaveSaysSoAndIsRetriedWithTheNextChange() throws IOException {
        AuditViewModel audit = audit();
        selection.runProperty().set(run);
        selection.clipProperty().set(FEARFUL);
        Path blocker = Files.createDirectories(run.directory().resolve("audit.csv/blocked"));

        audit.setVerdict(Verdict.MODEL_WRONG);
        assertThat(audit.statusProperty().get()).isEqualTo("Not saved");
        assertThat(audit.problemsProperty().get()).isNotEmpty();

        Files.delete(blocker);
        Files.delete(blocker.getParent());
        selection.clipProperty().set(ANGRY);
        audit.setVerdict(Verdict.FINE);

        assertThat(saved()).extracting(AuditEntry::clip, AuditEntry::verdict).containsExactly(
                tuple(ClipKey.of(FEARFUL), Verdict.MODEL_WRONG), tuple(ClipKey.of(ANGRY), Verdict.FINE));
        assertThat(audit.problemsProperty().get()).isEmpty();
    }

    @Test
    void damagedLinesOfTheAuditFileAreReportedAndTheOthersShown() throws IOException {
        Files.writeString(run.directory().resolve(RunAudit.FILE_NAME), "clip,speaker,true,predicted,verdict,note,time\n"
                + "03a01Aa.wav,emodb:03,fear,anger,fine,,2024-05-01T14:02:00Z\n"
                + "03a01Wa.wav,emodb:03,anger,anger,great,,2024-05-01T14:02:00Z\n");
        AuditViewModel audit = audit();

        selection.runProperty().set(run);
        selection.clipProperty().set(FEARFUL);

        assertThat(audit.verdictProperty().get()).isEqualTo(Verdict.FINE);
        assertThat(audit.statusProperty().get()).isEqualTo("1 entry · 1 damaged line in audit.csv skipped");
        assertThat(audit.problemsProperty().get()).contains("audit.csv: line 3: unknown verdict \"great\"");
    }

    @Test
    void exportWritesTheRunsVerdictsToTheChosenFile() throws IOException {
        AuditViewModel audit = audit();
        selection.runProperty().set(run);
        selection.clipProperty().set(FEARFUL);
        audit.setVerdict(Verdict.MODEL_WRONG);
        Path target = dir.resolve("verdicts.csv");

        audit.exportTo(target);

        assertThat(target).hasSameTextualContentAs(run.directory().resolve(RunAudit.FILE_NAME));
        assertThat(audit.statusProperty().get()).isEqualTo("Exported 1 entry to verdicts.csv");
    }
}
