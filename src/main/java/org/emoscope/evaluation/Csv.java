package org.emoscope.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 text: fields with a comma, quote, CR or LF are quoted with inner quotes doubled,
 * and every record, the header included, ends with CRLF.
 */
final class Csv {
    private Csv() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    /** Shortest exact decimal form; an undefined value (NaN) is an empty field. */
    static String number(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
