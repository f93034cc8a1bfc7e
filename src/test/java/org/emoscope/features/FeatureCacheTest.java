package org.emoscope.features;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureCacheTest {
    @TempDir
    Path dir;

    private final AtomicInteger computations = new AtomicInteger();

    /** A stand-in extractor: a 2x3 matrix derived from the file's first byte, counting its calls. */
    private float[][] extract(Path file) throws IOException {
        computations.incrementAndGet();
        byte first = Files.readAllBytes(file)[0];
        return new float[][] {{first, 1, 2}, {3, 4, -first}};
    }

    @Test
    void secondRequestIsServedFromTheCacheWithoutComputing() throws IOException {
        Path audio = audioFile("a.wav", 7);
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), MelSpectrogramConfig.paper());
        float[][] first = cache.get(audio, this::extract);
        float[][] second = cache.get(audio, this::extract);
        assertThat(computations).hasValue(1);
        assertThat(second).isDeepEqualTo(first).isDeepEqualTo(new float[][] {{7, 1, 2}, {3, 4, -7}});
        assertThat(Files.exists(cache.entryFor(audio))).isTrue();
    }

    @Test
    void keyDependsOnContentNotOnFileName() throws IOException {
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), MelSpectrogramConfig.paper());
        cache.get(audioFile("a.wav", 7), this::extract);
        cache.get(audioFile("copy-of-a.wav", 7), this::extract);
        assertThat(computations).hasValue(1);
    }

    @Test
    void changedContentIsRecomputed() throws IOException {
        Path audio = audioFile("a.wav", 7);
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), MelSpectrogramConfig.paper());
        cache.get(audio, this::extract);
        audioFile("a.wav", 9);
        assertThat(cache.get(audio, this::extract)[0][0]).isEqualTo(9f);
        assertThat(computations).hasValue(2);
    }

    @Test
    void changedParameterOrCodeVersionIsRecomputed() throws IOException {
        Path audio = audioFile("a.wav", 7);
        Path cacheDir = dir.resolve("cache");
        var p = MelSpectrogramConfig.paper();
        new FeatureCache(cacheDir, p).get(audio, this::extract);
        var moreMels = new MelSpectrogramConfig(p.sampleRate(), p.nFft(), p.hopLength(), 64, p.fmin(), p.fmax(),
                p.htk(), p.norm(), p.ref(), p.amin(), p.topDb());
        new FeatureCache(cacheDir, moreMels).get(audio, this::extract);
        new FeatureCache(cacheDir, p, "other-code-version").get(audio, this::extract);
        assertThat(computations).hasValue(3);
        new FeatureCache(cacheDir, p).get(audio, this::extract);
        assertThat(computations).hasValue(3);
    }

    @Test
    void flippedByteInEntryIsDetectedRecomputedAndRepaired() throws IOException {
        Path audio = audioFile("a.wav", 7);
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), MelSpectrogramConfig.paper());
        cache.get(audio, this::extract);
        Path entry = cache.entryFor(audio);
        byte[] bytes = Files.readAllBytes(entry);
        byte[] intact = bytes.clone();
        bytes[20] ^= 0x40;   // inside the float data: length and magic still look right
        Files.write(entry, bytes);

        assertThat(cache.get(audio, this::extract)[0][0]).isEqualTo(7f);
        assertThat(computations).hasValue(2);
        assertThat(Files.readAllBytes(entry)).isEqualTo(intact);
        cache.get(audio, this::extract);
        assertThat(computations).hasValue(2);
    }

    @Test
    void truncatedEntryIsDetectedRecomputedAndRepaired() throws IOException {
        Path audio = audioFile("a.wav", 7);
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), MelSpectrogramConfig.paper());
        cache.get(audio, this::extract);
        Path entry = cache.entryFor(audio);
        byte[] intact = Files.readAllBytes(entry);
        for (int length : new int[] {intact.length - 1, 10, 0}) {
            Files.write(entry, Arrays.copyOf(intact, length));
            assertThat(cache.get(audio, this::extract)).isDeepEqualTo(new float[][] {{7, 1, 2}, {3, 4, -7}});
            assertThat(Files.readAllBytes(entry)).isEqualTo(intact);
        }
        assertThat(computations).hasValue(4);
    }

    @Test
    void failedExtractionStoresNothingAndPropagatesItsException() throws IOException {
        Path audio = audioFile("a.wav", 7);
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), MelSpectrogramConfig.paper());
        FeatureCache.Extractor<IllegalStateException> failing = file -> {
            throw new IllegalStateException(file + ": not a RIFF/WAVE file");
        };
        assertThatThrownBy(() -> cache.get(audio, failing)).hasMessageContaining("a.wav: not a RIFF");
        assertThat(Files.exists(cache.entryFor(audio))).isFalse();
    }

    @Test
    void featuresAreStillReturnedWhenTheEntryCannotBeWritten() throws IOException {
        Path audio = audioFile("a.wav", 7);
        FeatureCache cache = new FeatureCache(dir.resolve("cache"), MelSpectrogramConfig.paper());
        Files.createDirectories(cache.entryFor(audio)); // a folder where the entry belongs

        assertThat(cache.get(audio, this::extract)).isDeepEqualTo(new float[][] {{7, 1, 2}, {3, 4, -7}});
        assertThat(cache.get(audio, this::extract)).isDeepEqualTo(new float[][] {{7, 1, 2}, {3, 4, -7}});
        assertThat(computations).hasValue(2);
    }

    @Test
    void aCacheFolderThatCannotBeCreatedOnlyCostsTime() throws IOException {
        Path audio = audioFile("a.wav", 7);
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file");
        FeatureCache cache = new FeatureCache(blocked.resolve("cache"), MelSpectrogramConfig.paper());

        assertThat(cache.get(audio, this::extract)[0][0]).isEqualTo(7f);
    }

    @Test
    void temporaryFilesOfKilledWritersAreDeletedOnTheFirstUseButNotOnesBeingWritten() throws IOException {
        Path cacheDir = Files.createDirectories(dir.resolve("cache"));
        Path old = Files.writeString(cacheDir.resolve(".abc.mel.123.tmp"), "half an entry");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path fresh = Files.writeString(cacheDir.resolve(".def.mel.456.tmp"), "being written");

        new FeatureCache(cacheDir, MelSpectrogramConfig.paper()).get(audioFile("a.wav", 7), this::extract);

        assertThat(old).doesNotExist();
        assertThat(fresh).exists();
    }

    private Path audioFile(String name, int firstByte) throws IOException {
        return Files.write(dir.resolve(name), new byte[] {(byte) firstByte, 1, 2, 3});
    }
}
