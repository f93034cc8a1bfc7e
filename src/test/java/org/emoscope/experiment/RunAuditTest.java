package org.emoscope.experiment;

import org.emoscope.testing.Folders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAuditTest {
    private static final Instant TIME = Instant.parse("2024-05-01T14:02:00Z");
    private static final ClipKey FEAR = new ClipKey("emodb:03", "03a01Aa.wav");
    private static final ClipKey ANGER = new ClipKey("emodb:03", "03a01Wa.wav");
    private static final ClipKey SAVEE = new ClipKey("savee:DC", "DC/a01.wav");

    @TempDir
    Path run;

    private static AuditEntry entry(ClipKey clip, Verdict verdict, String note) {
        return new AuditEntry(clip, "fear", "anger", verdict, note, TIME);
    }

    @Test
    void verdictsAndAwkwardNotesSurviveReopening() throws IOException {
        RunAudit audit = RunAudit.open(run);
        List<AuditEntry> written = List.of(
                entry(FEAR, Verdict.MODEL_WRONG, "sounds like \"anger\", really,\nsecond line"),
                entry(ANGER, null, "note only, no verdict yet"),
                entry(SAVEE, Verdict.FINE, ""));
        for (AuditEntry e : written) {
            audit.set(e);
        }

        RunAudit reopened = RunAudit.open(run);

        assertThat(reopened.entries()).containsExactlyInAnyOrderElementsOf(written);
        assertThat(reopened.problems()).isEmpty();
        assertThat(Files.readString(run.resolve("audit.csv")))
                .startsWith("corpus,clip,speaker,true,predicted,verdict,note,time\r\n")
                .contains(",03a01Aa.wav,emodb:03,fear,anger,model wrong,\"sounds like \"\"anger\"\", really,\n"
                        + "second line\",2024-05-01T14:02:00Z");
    }

    @Test
    void everyChangeIsInTheFileAtOnce() throws IOException {
        RunAudit audit = RunAudit.open(run);

        audit.set(entry(FEAR, Verdict.AMBIGUOUS, ""));
        assertThat(RunAudit.open(run).entry(FEAR)).map(AuditEntry::verdict).contains(Verdict.AMBIGUOUS);

        audit.set(entry(FEAR, Verdict.LABEL_WRONG, "an actor's sigh"));
        assertThat(RunAudit.open(run).entry(FEAR)).map(AuditEntry::verdict).contains(Verdict.LABEL_WRONG);

        audit.clear(FEAR);
        assertThat(RunAudit.open(run).entries()).isEmpty();
        assertThat(Folders.namesIn(run)).containsExactlyInAnyOrder("audit.csv", RunAudit.LOCK_FILE_NAME);
    }

    @Test
    void aChangeThatCannotBeWrittenChangesNothingAndLeavesNoPartialFile() throws IOException {
        RunAudit audit = RunAudit.open(run);
        // A non-empty folder where the file belongs: the final rename fails after the content was written.
        Files.createDirectories(run.resolve("audit.csv/blocked"));

        assertThatThrownBy(() -> audit.set(entry(FEAR, Verdict.FINE, ""))).isInstanceOf(IOException.class);

        assertThat(audit.entries()).isEmpty();
        assertThat(Folders.namesIn(run)).containsExactlyInAnyOrder("audit.csv", RunAudit.LOCK_FILE_NAME);
        assertThat(run.resolve("audit.csv")).isDirectory();
    }

    @Test
    void damagedLinesAreReportedWithFileAndLineAndTheOthersKept() throws IOException {
        Path file = run.resolve("audit.csv");
        Files.writeString(file, String.join("\n",
                "clip,speaker,true,predicted,verdict,note,time",
                "03a01Aa.wav,emodb:03,fear,anger,model wrong,\"two",
                "lines\",2024-05-01T14:02:00Z",
                "03a01Wa.wav,emodb:03,anger,anger,great,,2024-05-01T14:02:00Z",
                "03a02Wa.wav,emodb:03,anger,anger,fine,a note, with a comma,2024-05-01T14:02:00Z",
                "03a04Wa.wav,emodb:03,anger,anger,fine,,yesterday",
                "DC/a01.wav,savee:DC,anger,fear,label_wrong,,2024-05-01T14:02:00Z",
                ""));

        RunAudit audit = RunAudit.open(run);

        assertThat(audit.entries()).extracting(AuditEntry::clip)
                .containsExactly(new ClipKey("emodb:03", "03a01Aa.wav"), SAVEE);
        assertThat(audit.entry(FEAR)).map(AuditEntry::note).contains("two\nlines");
        assertThat(audit.problems()).containsExactly(
                file + ": line 4: unknown verdict \"great\"; expected one of model wrong, label wrong, ambiguous,"
                        + " fine; the line is skipped",
                file + ": line 5: has 8 fields, the header 7; the line is skipped",
                file + ": line 6: time \"yesterday\" is not an ISO-8601 instant; the line is skipped");
    }

    @Test
    void theFirstChangeToADamagedFileKeepsTheFileAsFound() throws IOException {
        String damaged = "clip,speaker,true,predicted,verdict,note,time\n"
                + "03a01Wa.wav,emodb:03,anger,anger,great,,2024-05-01T14:02:00Z\n";
        Files.writeString(run.resolve("audit.csv"), damaged);
        RunAudit audit = RunAudit.open(run);
        Path copy = audit.damagedCopy().orElseThrow();

        audit.set(entry(FEAR, Verdict.FINE, ""));

        assertThat(copy).hasContent(damaged.strip());
        assertThat(copy.getFileName().toString()).matches("audit-damaged-\\d{8}T\\d{6}Z\\.csv");
        assertThat(RunAudit.open(run).entries()).extracting(AuditEntry::clip).containsExactly(FEAR);
    }

    @Test
    void anUnclosedQuoteKeepsTheRecordsBeforeIt() throws IOException {
        Files.writeString(run.resolve("audit.csv"), "clip,speaker,true,predicted,verdict,note,time\r\n"
                + "03a01Aa.wav,emodb:03,fear,anger,fine,,2024-05-01T14:02:00Z\r\n"
                + "03a01Wa.wav,emodb:03,anger,anger,fine,\"cut off");

        RunAudit audit = RunAudit.open(run);

        assertThat(audit.entries()).extracting(AuditEntry::clip).containsExactly(FEAR);
        assertThat(audit.problems()).containsExactly(run.resolve("audit.csv")
                + ": line 3: a quoted field is not closed; the rest of the file is skipped");
    }

    @Test
    void aFileWithoutTheAuditHeaderIsReportedAndReadsEmpty() throws IOException {
        Files.writeString(run.resolve("audit.csv"), "clip,fold\n03a01Aa.wav,emodb:03\n");

        RunAudit audit = RunAudit.open(run);

        assertThat(audit.entries()).isEmpty();
        assertThat(audit.problems()).singleElement().asString()
                .startsWith(run.resolve("audit.csv") + ": line 1: the header must name the columns");
    }

    @Test
    void exportWritesTheVerdictsToTheChosenFile() throws IOException {
        RunAudit audit = RunAudit.open(run);
        audit.set(entry(FEAR, Verdict.MODEL_WRONG, "pitch, not words"));
        Path export = run.resolve("exports/verdicts.csv");

        audit.exportTo(export);

        assertThat(export).hasSameTextualContentAs(run.resolve("audit.csv"));
    }

    @Test
    void aRunWithoutAnAuditFileHasNoEntries() throws IOException {
        RunAudit audit = RunAudit.open(run);

        assertThat(audit.entries()).isEmpty();
        assertThat(audit.problems()).isEmpty();
        assertThat(audit.damagedCopy()).isEmpty();
    }

    @Test
    void verdictLabelsAreReadInEitherSpelling() {
        assertThat(Verdict.fromLabel(" Model Wrong ")).isEqualTo(Verdict.MODEL_WRONG);
        assertThat(Verdict.fromLabel("label_wrong")).isEqualTo(Verdict.LABEL_WRONG);
        assertThatThrownBy(() -> Verdict.fromLabel("meh")).hasMessageContaining("\"meh\"");
    }

    @Test
    void twoWorkbenchesOnOneRunKeepEachOthersVerdicts() throws IOException {
        RunAudit windowA = RunAudit.open(run);
        RunAudit windowB = RunAudit.open(run);

        windowA.set(entry(FEAR, Verdict.MODEL_WRONG, ""));
        windowB.set(entry(ANGER, Verdict.FINE, ""));

        assertThat(RunAudit.open(run).entries()).extracting(AuditEntry::clip).containsExactly(FEAR, ANGER);
        assertThat(windowB.entries()).as("B sees A's verdict once it saved").extracting(AuditEntry::clip)
                .containsExactly(FEAR, ANGER);
        windowB.clear(ANGER);
        assertThat(windowA.reload()).extracting(AuditEntry::clip).containsExactly(FEAR);
    }

    @Test
    void verdictsOfAnInterruptedSaveAreTakenOverWhenTheAuditIsOpenedAgain() throws IOException {
        RunAudit audit = RunAudit.open(run);
        audit.set(entry(FEAR, Verdict.AMBIGUOUS, ""));
        // A kill between writing the temporary file and moving it into place leaves a newer, complete state.
        AuditEntry newer = new AuditEntry(ANGER, "anger", "fear", Verdict.MODEL_WRONG, "", Instant.parse("2030-01-01T00:00:00Z"));
        Files.writeString(run.resolve(".audit.csv.123456.tmp"), AuditCsv.format(List.of(
                entry(FEAR, Verdict.AMBIGUOUS, ""), newer), ""));

        RunAudit reopened = RunAudit.open(run);

        assertThat(reopened.entry(ANGER)).contains(newer);
        assertThat(reopened.entry(FEAR)).map(AuditEntry::verdict).contains(Verdict.AMBIGUOUS);
        assertThat(Folders.namesIn(run)).containsExactlyInAnyOrder("audit.csv", RunAudit.LOCK_FILE_NAME);
        assertThat(RunAudit.open(run).entry(ANGER)).contains(newer);
    }

    @Test
    void eachVerdictNamesTheCorpusFolderOfItsClip() throws IOException {
        Path root = run.resolve("data/emodb/wav").toAbsolutePath();
        Path audited = run.resolve("audited-run");
        ExperimentFolder.create(audited, java.util.Map.of("targetCorpus", root.getParent().toString()),
                RunEnvironment.current("CPU", "CPU", 1, java.util.Map.of("emodb:" + root, "sha256:x"), TestRuns.START))
                .close();

        RunAudit.open(audited).set(entry(FEAR, Verdict.FINE, ""));

        assertThat(Files.readString(audited.resolve("audit.csv"))).contains("\r\n" + root + ",03a01Aa.wav,emodb:03,");
    }
}
