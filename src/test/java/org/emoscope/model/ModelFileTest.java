package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    @TempDir
    Path dir;

    @Test
    void loadedNetGivesBitIdenticalOutputs() throws IOException {
        float[][][] clips = TinyNets.randomClips(3, 21);
        Path file = dir.resolve("net.emoscope");
        ForwardResult before;
        try (EmotionNet net = TinyNets.net(20)) {
            // Train first so the saved weights differ from what the seed alone would give.
            net.trainStep(TinyNets.randomBatch(4, 22), 1.0, 0.5, 1e-2);
            before = net.predict(clips);
            net.save(file);
        }
        try (EmotionNet loaded = EmotionNet.load(file); EmotionNet fresh = TinyNets.net(20)) {
            ForwardResult after = loaded.predict(clips);
            assertThat(after.emotionProbabilities()).isEqualTo(before.emotionProbabilities());
            assertThat(after.speakerProbabilities()).isEqualTo(before.speakerProbabilities());
            assertThat(after.alpha()).isEqualTo(before.alpha());
            assertThat(after.selfAttention()).isDeepEqualTo(before.selfAttention());
            assertThat(fresh.predict(clips).emotionProbabilities()).isNotEqualTo(before.emotionProbabilities());
            assertThat(loaded.architecture()).isEqualTo(TinyNets.architecture());
            assertThat(loaded.emotions()).isEqualTo(TinyNets.EMOTIONS);
            assertThat(loaded.speakers()).isEqualTo(TinyNets.SPEAKERS);
            assertThat(loaded.seed()).isEqualTo(20);
        }
    }

    @Test
    void loadedNetCanKeepTraining() throws IOException {
        Path file = dir.resolve("net.emoscope");
        try (EmotionNet net = TinyNets.net(23)) {
            net.save(file);
        }
        try (EmotionNet loaded = EmotionNet.load(file)) {
            assertThat(loaded.trainStep(TinyNets.randomBatch(2, 24), 1, 1, 1e-3).total()).isPositive();
        }
    }

    @Test
    void extraEntriesRoundTrip() throws IOException {
        Path file = dir.resolve("net.emoscope");
        byte[] labels = "{\"0\":\"anger\"}".getBytes(StandardCharsets.UTF_8);
        byte[] stats = {1, 2, 3, -4};
        try (EmotionNet net = TinyNets.net(25)) {
            net.save(file, Map.of("labels.json", labels, "normalisation.bin", stats));
        }
        assertThat(EmotionNet.readExtraEntries(file))
                .containsOnlyKeys("labels.json", "normalisation.bin")
                .containsEntry("labels.json", labels)
                .containsEntry("normalisation.bin", stats);
    }

    @Test
    void savingReplacesTheFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("net.emoscope");
        Files.writeString(file, "old contents");
        try (EmotionNet net = TinyNets.net(26)) {
            net.save(file);
        }
        try (Stream files = new Stream(dir)) {
            assertThat(files.names()).containsExactly("net.emoscope");
        }
        try (EmotionNet loaded = EmotionNet.load(file)) {
            assertThat(loaded.seed()).isEqualTo(26);
        }
    }

    @Test
    void modelsAndCheckpointsAreReadableByOthersLikeEveryOtherFileOfARun() throws IOException {
        try (EmotionNet net = TinyNets.net(26)) {
            net.save(dir.resolve("model.zip"));
            net.saveCheckpoint(dir.resolve("checkpoint.zip"), java.util.Map.of());
        }
        for (String name : new String[] {"model.zip", "checkpoint.zip"}) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve(name)))).isEqualTo("rw-r--r--");
        }
    }

    @Test
    void rejectsExtraEntryNamesThatCouldEscapeTheirFolder() {
        try (EmotionNet net = TinyNets.net(27)) {
            assertThatThrownBy(() -> net.save(dir.resolve("x"), Map.of("../evil", new byte[0])))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("../evil");
        }
    }

    @Test
    void rejectsAFileThatIsNotAModelNamingIt() throws IOException {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello");
        assertThatThrownBy(() -> EmotionNet.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(file + ": not an Emoscope model file (not a complete zip archive: damaged or cut short)");
    }

    @Test
    void rejectsAMissingFile() {
        Path file = dir.resolve("absent.emoscope");
        assertThatThrownBy(() -> EmotionNet.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(file + ": no such model file");
    }

    @Test
    void rejectsAModelWithAMissingParameter() throws IOException {
        Path file = savedTinyNet();
        Path broken = rewrite(file, name -> name.equals("parameters/emotion_W.f32") ? null : name, UnaryOperator.identity());
        assertThatThrownBy(() -> EmotionNet.load(broken))
                .isInstanceOf(ModelFileException.class)
                .hasMessage(broken + ": missing entry parameters/emotion_W.f32");
    }

    @Test
    void rejectsANewerFormatVersion() throws IOException {
        Path broken = rewrite(savedTinyNet(), UnaryOperator.identity(),
                json -> json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        assertThatThrownBy(() -> EmotionNet.load(broken))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model format version 99 is newer");
    }

    @Test
    void ignoresUnknownHeaderFields() throws IOException {
        Path extended = rewrite(savedTinyNet(), UnaryOperator.identity(),
                json -> json.replaceFirst("\\{", "{ \"futureField\" : [1, 2],"));
        try (EmotionNet loaded = EmotionNet.load(extended)) {
            assertThat(loaded.seed()).isEqualTo(28);
        }
    }

    private Path savedTinyNet() throws IOException {
        Path file = dir.resolve("original.emoscope");
        try (EmotionNet net = TinyNets.net(28)) {
            net.save(file);
        }
        return file;
    }

    /** Copies a model zip, renaming or dropping (null) entries and editing the JSON header. */
    private Path rewrite(Path source, UnaryOperator<String> renameEntry, UnaryOperator<String> editHeader) throws IOException {
        Path target = dir.resolve("rewritten.emoscope");
        try (ZipFile in = new ZipFile(source.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = renameEntry.apply(entry.getName());
                if (name == null) {
                    continue;
                }
                byte[] bytes;
                try (InputStream stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (name.equals(ModelFile.HEADER_ENTRY)) {
                    bytes = editHeader.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(name));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    /** Lists a folder's file names, closing the directory stream. */
    private static final class Stream implements AutoCloseable {
        private final java.util.stream.Stream<Path> paths;

        Stream(Path dir) throws IOException {
            paths = Files.list(dir);
        }

        java.util.List<String> names() {
            return paths.map(p -> p.getFileName().toString()).toList();
        }

        @Override
        public void close() {
            paths.close();
        }
    }
}
