package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesFieldsWithCommaQuoteOrLineBreakAndDoublesInnerQuotes() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void endsEachRecordWithCrLf() {
        assertThat(Csv.record(List.of("a", "b,c", ""))).isEqualTo("a,\"b,c\",\r\n");
    }

    @Test
    void writesUndefinedNumbersAsEmptyFields() {
        assertThat(Csv.number(Double.NaN)).isEmpty();
        assertThat(Csv.number(0.75)).isEqualTo("0.75");
    }
}
