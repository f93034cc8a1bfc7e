package org.emoscope.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.emoscope.testing.Folders;

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
        assertThat(Folders.namesIn(dir.resolve("sub"))).containsExactly("a.json");
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
        assertThat(Folders.namesIn(dir)).containsExactly("a.csv");
    }

    @Test
    void deletesOnlyTemporaryFilesLeftByACrash() throws IOException {
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("models/.fold-x.zip.123.tmp"), "partial");
        Files.writeString(dir.resolve(".state.json.456.tmp"), "{\"sta");
        Files.writeString(dir.resolve("state.json"), "{}");
        Files.writeString(dir.resolve(".hidden"), "kept");

        assertThat(AtomicFiles.deleteLeftovers(dir)).isEqualTo(2);

        assertThat(Folders.namesIn(dir)).containsExactlyInAnyOrder(".hidden", "models", "state.json");
        assertThat(Folders.namesIn(dir.resolve("models"))).isEmpty();
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

    @Test
    void newFoldersAreReadableByOthersAndAStagedFolderMovesIntoPlaceWhole() throws IOException {
        Path staging = AtomicFiles.createStagingFolder(dir.resolve("runs"), "demo");
        AtomicFiles.write(staging.resolve("models/a.zip"), new byte[] {1});
        Path installed = dir.resolve("runs/demo");

        AtomicFiles.moveFolderIntoPlace(staging, installed);

        assertThat(installed.resolve("models/a.zip")).hasBinaryContent(new byte[] {1});
        for (Path folder : List.of(dir.resolve("runs"), installed, installed.resolve("models"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwxr-xr-x");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(installed.resolve("models/a.zip"))))
                .isEqualTo("rw-r--r--");
        assertThat(Folders.namesIn(dir.resolve("runs"))).containsExactly("demo");
    }
}
