package org.emoscope.experiment;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code audit.csv}: header {@link #HEADER}, one record per audited clip, the verdict as its
 * {@link Verdict#label()} (empty for a note without a verdict), the time as an ISO-8601 instant.
 * Reading finds columns by name and skips a damaged record with a problem naming the file and line,
 * keeping the others. Stateless and thread-safe.
 */
final class AuditCsv {
    static final List<String> HEADER = List.of("clip", "speaker", "true", "predicted", "verdict", "note", "time");
    /** Written first: the folder of the corpus the clip path is relative to. Older files lack it; reading needs none. */
    static final String CORPUS = "corpus";

    private AuditCsv() {
    }

    /** The entries read and, for every record that was skipped, why. */
    record Parsed(List<AuditEntry> entries, List<String> problems) {
    }

    /** @param corpus the folder of the run's test corpus, written on every record ("" when unknown) */
    static String format(Collection<AuditEntry> entries, String corpus) {
        List<String> header = new ArrayList<>(List.of(CORPUS));
        header.addAll(HEADER);
        StringBuilder csv = new StringBuilder(CsvFormat.record(header));
        for (AuditEntry e : entries) {
            csv.append(CsvFormat.record(List.of(corpus, e.clip().relativePath(), e.clip().speakerKey(), e.trueLabel(),
                    e.predicted(), e.verdict() == null ? "" : e.verdict().label(), e.note(), e.time().toString())));
        }
        return csv.toString();
    }

    static Parsed parse(String text, Path file) {
        CsvFormat.Records parsed = CsvFormat.parseNumbered(text);
        List<CsvFormat.NumberedRecord> records = parsed.records();
        List<String> problems = new ArrayList<>();
        Map<ClipKey, AuditEntry> entries = new LinkedHashMap<>();
        if (!records.isEmpty()) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> header = records.get(0).fields();
            for (int c = 0; c < header.size(); c++) {
                columns.putIfAbsent(header.get(c), c);
            }
            if (!columns.keySet().containsAll(HEADER)) {
                problems.add(file + ": line " + records.get(0).line() + ": the header must name the columns "
                        + HEADER + ", but is " + header + "; no verdict could be read");
                return new Parsed(List.of(), problems);
            }
            Map<ClipKey, Integer> lineOf = new HashMap<>();
            for (CsvFormat.NumberedRecord record : records.subList(1, records.size())) {
                String where = file + ": line " + record.line() + ": ";
                if (record.fields().size() != header.size()) {
                    problems.add(where + "has " + record.fields().size() + " fields, the header " + header.size()
                            + "; the line is skipped");
                    continue;
                }
                try {
                    AuditEntry entry = entry(record.fields(), columns);
                    Integer earlier = lineOf.put(entry.clip(), record.line());
                    if (earlier != null) {
                        problems.add(where + "a second entry for " + entry.clip() + "; it replaces the one on line "
                                + earlier);
                    }
                    entries.put(entry.clip(), entry);
                } catch (IllegalArgumentException e) {
                    problems.add(where + e.getMessage() + "; the line is skipped");
                }
            }
        }
        if (parsed.unclosedQuoteLine() > 0) {
            problems.add(file + ": line " + parsed.unclosedQuoteLine()
                    + ": a quoted field is not closed; the rest of the file is skipped");
        }
        return new Parsed(List.copyOf(entries.values()), problems);
    }

    private static AuditEntry entry(List<String> fields, Map<String, Integer> columns) {
        String clip = fields.get(columns.get("clip"));
        String speaker = fields.get(columns.get("speaker"));
        if (clip.isBlank() || speaker.isBlank()) {
            throw new IllegalArgumentException("the clip path and the speaker must not be empty");
        }
        String verdictText = fields.get(columns.get("verdict"));
        Verdict verdict = verdictText.isBlank() ? null : Verdict.fromLabel(verdictText);
        String timeText = fields.get(columns.get("time"));
        Instant time;
        try {
            time = Instant.parse(timeText);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time \"" + timeText + "\" is not an ISO-8601 instant", e);
        }
        return new AuditEntry(new ClipKey(speaker, clip), fields.get(columns.get("true")),
                fields.get(columns.get("predicted")), verdict, fields.get(columns.get("note")), time);
    }
}
