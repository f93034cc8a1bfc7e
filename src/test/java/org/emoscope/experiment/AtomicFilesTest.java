package org.emoscope.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesContentAndLeavesNoTemporaryFiles() throws IOException {
        Path target = dir.resolve("sub/a.json");
        AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("second");
        assertThat(filesIn(dir.resolve("sub"))).containsExactly("a.json");
    }

    @Test
    void keepsThePreviousVersionWhenTheWriterFailsHalfway() throws IOException {
        Path target = dir.resolve("a.csv");
        AtomicFiles.write(target, "complete\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a rec".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("complete");
        assertThat(filesIn(dir)).containsExactly("a.csv");
    }

    @Test
    void deletesOnlyTemporaryFilesLeftByACrash() throws IOException {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/.fold-x.zip.123.tmp"), "partial");
        Files.writeString(dir.resolve(".state.json.456.tmp"), "{\"sta");
        Files.writeString(dir.resolve("state.json"), "{}");
        Files.writeString(dir.resolve(".hidden"), "kept");

        assertThat(AtomicFiles.deleteLeftovers(dir)).isEqualTo(2);

        assertThat(filesIn(dir)).containsExactlyInAnyOrder(".hidden", "models", "state.json");
        assertThat(filesIn(dir.resolve("models"))).isEmpty();
    }

    /** The names of the entries of a folder, in no particular order. */
    static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path created = dir.resolve("export.csv");
        AtomicFiles.write(created, "a,b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(created, "c,d\n".getBytes(StandardCharsets.UTF_8));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-rw----");
    }
}
