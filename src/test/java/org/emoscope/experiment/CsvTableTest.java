package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
    @TempDir
    Path dir;

    @Test
    void writesRfc4180AndReadsItBack() throws IOException {
        CsvTable table = new CsvTable(List.of("clip", "note", "score"), List.of(
                List.of("DC/a01.wav", "said \"no\", twice", CsvTable.number(0.25)),
                List.of("JE/a02.wav", "line\nbreak", CsvTable.number(Double.NaN))));
        Path file = dir.resolve("out/table.csv");

        table.write(file);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("clip,note,score\r\nDC/a01.wav,\"said \"\"no\"\", twice\",0.25\r\n"
                + "JE/a02.wav,\"line\nbreak\",\r\n");
        assertThat(CsvTable.parse(text, file)).isEqualTo(table);
    }

    @Test
    void rejectsRowsThatDoNotMatchTheHeader() {
        assertThatThrownBy(() -> new CsvTable(List.of("a", "b"), List.of(List.of("1"))))
                .hasMessage("row 1 has 1 cells for the 2 columns [a, b]");
        Path file = dir.resolve("t.csv");
        assertThatThrownBy(() -> CsvTable.parse("a,b\r\n1,2,3\r\n", file))
                .isInstanceOf(ExperimentFolderException.class)
                .hasMessage(file + ": record 2 has 3 fields, the header has 2");
        assertThatThrownBy(() -> CsvTable.parse("", file)).hasMessage(file + ": is empty; expected a header line");
    }
}
