package org.emoscope.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 text, as the evaluation package writes it: fields with a comma, quote, CR or LF are
 * quoted with inner quotes doubled; records end with CRLF. Parsing also accepts LF line ends and a
 * last record without a line end. Numbers use Java's shortest exact decimal form, NaN is an empty
 * field. Stateless and thread-safe.
 */
final class CsvFormat {
    private CsvFormat() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(CsvFormat::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** A number written by {@link #number}; {@code where} and {@code what} locate it in error messages. */
    static double parseNumber(String text, Path file, String where, String what) throws ExperimentFolderException {
        if (text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ExperimentFolderException(file, where + ": " + what + " \"" + text + "\" is not a number");
        }
    }

    static int parseInt(String text, Path file, String where, String what) throws ExperimentFolderException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ExperimentFolderException(file, where + ": " + what + " \"" + text + "\" is not an integer");
        }
    }

    private static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** One record and the line of the file it starts on (1-based), for messages that point into the file. */
    record NumberedRecord(int line, List<String> fields) {
    }

    /**
     * The records of a CSV text with their line numbers, for readers that keep going past a damaged
     * record.
     *
     * @param records           the complete records, blank lines skipped
     * @param unclosedQuoteLine the line of a quoted field that is never closed (the text after it is
     *                          not in {@code records}), or 0
     */
    record Records(List<NumberedRecord> records, int unclosedQuoteLine) {
    }

    /**
     * The records of a CSV text, each a list of fields; blank lines are skipped.
     *
     * @throws ExperimentFolderException naming {@code file} when a quoted field is not closed
     */
    static List<List<String>> parse(String text, Path file) throws ExperimentFolderException {
        Records parsed = parseNumbered(text);
        if (parsed.unclosedQuoteLine() > 0) {
            throw new ExperimentFolderException(file, "line " + parsed.unclosedQuoteLine()
                    + ": a quoted field is not closed");
        }
        return parsed.records().stream().map(NumberedRecord::fields).toList();
    }

    static Records parseNumbered(String text) {
        List<NumberedRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean recordStarted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!quoted && !recordStarted && c != '\r' && c != '\n') {
                recordLine = line;
            }
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
                recordStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                recordStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                if (recordStarted) {
                    fields.add(field.toString());
                    records.add(new NumberedRecord(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                recordStarted = false;
            } else {
                field.append(c);
                recordStarted = true;
            }
        }
        if (quoted) {
            return new Records(records, quoteLine);
        }
        if (recordStarted) {
            fields.add(field.toString());
            records.add(new NumberedRecord(recordLine, List.copyOf(fields)));
        }
        return new Records(records, 0);
    }
}
