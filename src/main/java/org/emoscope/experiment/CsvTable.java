package org.emoscope.experiment;

import org.emoscope.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells with a header, as exported from the results views (confusion matrices,
 * per-class and per-speaker scores, comparisons): RFC 4180 CSV as everywhere in Emoscope, UTF-8,
 * CRLF line ends, undefined numbers as empty fields. Immutable and thread-safe.
 *
 * @param header column names
 * @param rows   records, each with one cell per column
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<List<String>> copied = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + row.size() + " cells for the "
                        + header.size() + " columns " + header);
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    /** A number as the CSV files of a run hold it: shortest exact decimal form, NaN as an empty field. */
    public static String number(double value) {
        return CsvFormat.number(value);
    }

    /** The table as CSV text, header first. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(CsvFormat.record(header));
        rows.forEach(row -> csv.append(CsvFormat.record(row)));
        return csv.toString();
    }

    /** Replaces {@code target} atomically with the table's CSV; call it off the FX thread. */
    public void write(Path target) throws IOException {
        AtomicFiles.write(target, toCsv().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a table written by {@link #toCsv}: the first record is the header.
     *
     * @param source names the file in error messages
     * @throws ExperimentFolderException naming {@code source} when the text is empty, a quote is not
     *                                   closed, or a record's length differs from the header's
     */
    public static CsvTable parse(String text, Path source) throws ExperimentFolderException {
        List<List<String>> records = CsvFormat.parse(text, source);
        if (records.isEmpty()) {
            throw new ExperimentFolderException(source, "is empty; expected a header line");
        }
        List<String> header = records.get(0);
        for (int r = 1; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                throw new ExperimentFolderException(source, "record " + (r + 1) + " has " + records.get(r).size()
                        + " fields, the header has " + header.size());
            }
        }
        return new CsvTable(header, records.subList(1, records.size()));
    }
}
