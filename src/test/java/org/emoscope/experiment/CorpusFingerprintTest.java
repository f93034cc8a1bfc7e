package org.emoscope.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusFingerprintTest {
    // Computed independently with Python's hashlib over the documented line format.
    private static final String ABC_HELLO = "sha256:c89b70b4613114fa6240bd2acdd16dcc32c5cb6e3cdf7fbb75abe5c86bd8bba3";

    @TempDir
    Path dir;

    @Test
    void hashesSortedPathsSizesAndContentHashes() throws IOException {
        Path root = corpus(dir.resolve("corpus"));

        assertThat(CorpusFingerprint.ofFiles(root, List.of(root.resolve("sub/b.wav"), root.resolve("a.wav"))))
                .isEqualTo(ABC_HELLO);
        assertThat(CorpusFingerprint.sha256Hex(root.resolve("a.wav")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void doesNotDependOnTheCorpusLocationOrFileOrder() throws IOException {
        Path copy = corpus(dir.resolve("elsewhere/copy"));

        assertThat(CorpusFingerprint.ofFiles(copy, List.of(Path.of("a.wav"), Path.of("sub/b.wav"))))
                .isEqualTo(ABC_HELLO);
    }

    @Test
    void changesWhenOneByteOrOneNameChanges() throws IOException {
        Path root = corpus(dir.resolve("corpus"));
        Files.writeString(root.resolve("a.wav"), "abd");
        String edited = CorpusFingerprint.ofFiles(root, List.of(Path.of("a.wav"), Path.of("sub/b.wav")));
        Files.writeString(root.resolve("a.wav"), "abc");
        Files.move(root.resolve("a.wav"), root.resolve("c.wav"));
        String renamed = CorpusFingerprint.ofFiles(root, List.of(Path.of("c.wav"), Path.of("sub/b.wav")));

        assertThat(edited).isNotEqualTo(ABC_HELLO);
        assertThat(renamed).isNotEqualTo(ABC_HELLO).isNotEqualTo(edited);
    }

    @Test
    void knownContentHashesGiveTheSameFingerprintWithoutReading() {
        List<CorpusFingerprint.Entry> entries = List.of(
                new CorpusFingerprint.Entry("sub/b.wav", 5,
                        "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
                new CorpusFingerprint.Entry("a.wav", 3,
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

        assertThat(CorpusFingerprint.ofEntries(entries)).isEqualTo(ABC_HELLO);
    }

    private static Path corpus(Path root) throws IOException {
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("a.wav"), "abc");
        Files.writeString(root.resolve("sub/b.wav"), "hello");
        return root;
    }
}
