package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;
import org.emoscope.audio.SampleEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader with a fake probe: names, layouts, detection and problems, no audio decoding. */
class CorpusReaderTest {
    @TempDir
    Path dir;

    private final FakeProbe probe = new FakeProbe();
    private final CorpusReader reader = new CorpusReader(probe);

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.createFile(file);
    }

    private void touchAll(String... relative) throws IOException {
        for (String file : relative) {
            touch(file);
        }
    }

    private static List<String> paths(Corpus corpus) {
        return corpus.clips().stream().map(Clip::relativePath).toList();
    }

    @Test
    void readsNestedSaveeFromAudioDataFolderWithSpeakerEmotionAndText() throws Exception {
        touchAll("AudioData/DC/a01.wav", "AudioData/JE/sa03.wav", "AudioData/KL/su15.wav");

        Corpus corpus = reader.read(dir.resolve("AudioData"));

        assertThat(corpus.kind()).isEqualTo(CorpusKind.SAVEE);
        assertThat(corpus.root()).isEqualTo(dir.resolve("AudioData"));
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.clips()).containsExactly(
                new Clip(dir.resolve("AudioData/DC/a01.wav"), "DC/a01.wav", CorpusKind.SAVEE, Language.EN,
                        Speaker.parse("savee:DC"), Emotion.ANGER, "a01", 1.0, 16_000),
                new Clip(dir.resolve("AudioData/JE/sa03.wav"), "JE/sa03.wav", CorpusKind.SAVEE, Language.EN,
                        Speaker.parse("savee:JE"), Emotion.SADNESS, "sa03", 1.0, 16_000),
                new Clip(dir.resolve("AudioData/KL/su15.wav"), "KL/su15.wav", CorpusKind.SAVEE, Language.EN,
                        Speaker.parse("savee:KL"), Emotion.SURPRISE, "su15", 1.0, 16_000));
    }

    @Test
    void readsNestedSaveeFromParentOfAudioDataWithTheSameRelativePaths() throws Exception {
        touchAll("AudioData/DC/a01.wav", "AudioData/JE/n30.wav", "Info.txt");

        Corpus corpus = reader.read(dir);

        assertThat(corpus.root()).isEqualTo(dir.resolve("AudioData"));
        assertThat(paths(corpus)).containsExactly("DC/a01.wav", "JE/n30.wav");
        assertThat(corpus.problems()).isEmpty();
    }

    @Test
    void readsFlatSaveeFolder() throws Exception {
        touchAll("flat/DC_a01.wav", "flat/JK_h12.wav", "flat/KL_sa15.wav");

        Corpus corpus = reader.read(dir.resolve("flat"));

        assertThat(corpus.kind()).isEqualTo(CorpusKind.SAVEE);
        assertThat(corpus.clips()).extracting(Clip::relativePath, c -> c.speaker().key(), Clip::emotion, Clip::textId)
                .containsExactly(
                        tuple("DC_a01.wav", "savee:DC", Emotion.ANGER, "a01"),
                        tuple("JK_h12.wav", "savee:JK", Emotion.HAPPINESS, "h12"),
                        tuple("KL_sa15.wav", "savee:KL", Emotion.SADNESS, "sa15"));
    }

    @Test
    void keepsRepeatedNamesAcrossSpeakerFoldersAsSeparateClips() throws Exception {
        touchAll("AudioData/DC/sa03.wav", "AudioData/JE/sa03.wav", "AudioData/JK/sa03.wav", "AudioData/KL/sa03.wav");

        Corpus corpus = reader.read(dir);

        assertThat(corpus.clips()).hasSize(4).allMatch(clip -> clip.textId().equals("sa03"));
        assertThat(corpus.clips()).extracting(clip -> clip.speaker().id()).containsExactly("DC", "JE", "JK", "KL");
        assertThat(corpus.problems()).isEmpty();
    }

    @Test
    void listsSecondCopyOfSameSaveeRecordingAsDuplicate() throws Exception {
        touchAll("AudioData/DC/a01.wav", "AudioData/DC_a01.wav");

        Corpus corpus = reader.read(dir);

        assertThat(paths(corpus)).containsExactly("DC/a01.wav");
        assertThat(corpus.problems()).containsExactly(new CorpusProblem("DC_a01.wav", "duplicate of DC/a01.wav"));
    }

    @Test
    void readsEmoDbFromItsRootAndFromItsWavFolderAlike() throws Exception {
        touchAll("emodb/wav/03a01Fa.wav", "emodb/wav/16b10Wb.wav", "emodb/SHA256SUMS", "emodb/lablaut/03a01Fa.lablaut");

        Corpus fromRoot = reader.read(dir.resolve("emodb"));
        Corpus fromWav = reader.read(dir.resolve("emodb/wav"));

        assertThat(fromRoot).isEqualTo(fromWav);
        assertThat(fromRoot.kind()).isEqualTo(CorpusKind.EMODB);
        assertThat(fromRoot.root()).isEqualTo(dir.resolve("emodb/wav"));
        assertThat(fromRoot.problems()).isEmpty();
        assertThat(fromRoot.clips()).extracting(Clip::relativePath, c -> c.speaker().key(), Clip::emotion,
                Clip::textId, Clip::language)
                .containsExactly(
                        tuple("03a01Fa.wav", "emodb:03", Emotion.HAPPINESS, "a01", Language.DE),
                        tuple("16b10Wb.wav", "emodb:16", Emotion.ANGER, "b10", Language.DE));
    }

    @Test
    void acceptsUpperCaseWavExtension() throws Exception {
        touchAll("AudioData/DC/a01.WAV", "AudioData/DC/a02.Wav", "emodb/03a01Fa.WAV");

        assertThat(paths(reader.read(dir))).containsExactly("DC/a01.WAV", "DC/a02.Wav");
        assertThat(paths(reader.read(dir.resolve("emodb")))).containsExactly("03a01Fa.WAV");
    }

    @Test
    void detectsCorpusFromFileNamesWithoutProbing() throws Exception {
        touchAll("savee/AudioData/DC/a01.wav", "flat/DC_a01.wav", "emodb/wav/03a01Fa.wav");
        CorpusReader probeless = new CorpusReader(file -> {
            throw new AssertionError("detect must not read audio");
        });

        assertThat(probeless.detect(dir.resolve("savee"))).isEqualTo(CorpusKind.SAVEE);
        assertThat(probeless.detect(dir.resolve("flat"))).isEqualTo(CorpusKind.SAVEE);
        assertThat(probeless.detect(dir.resolve("emodb"))).isEqualTo(CorpusKind.EMODB);
    }

    @Test
    void detectionFollowsTheMajorityOfNames() throws Exception {
        touchAll("mixed/03a01Fa.wav", "mixed/03a02Fa.wav", "mixed/DC_a01.wav");

        Corpus corpus = reader.read(dir.resolve("mixed"));

        assertThat(corpus.kind()).isEqualTo(CorpusKind.EMODB);
        assertThat(corpus.problems()).extracting(CorpusProblem::relativePath).containsExactly("DC_a01.wav");
    }

    @Test
    void rejectsMissingFolder() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> reader.read(missing))
                .isInstanceOf(NotACorpusException.class)
                .hasMessage(missing + ": does not exist");
    }

    @Test
    void rejectsFileGivenAsFolder() throws Exception {
        Path file = touch("03a01Fa.wav");

        assertThatThrownBy(() -> reader.read(file)).hasMessage(file + ": is not a folder");
    }

    @Test
    void rejectsFolderWithoutWavFiles() throws Exception {
        touchAll("music/song.mp3", "music/README.txt");

        assertThatThrownBy(() -> reader.read(dir.resolve("music")))
                .isInstanceOf(NotACorpusException.class)
                .hasMessage(dir.resolve("music") + ": no WAV files found")
                .extracting(e -> ((NotACorpusException) e).folder()).isEqualTo(dir.resolve("music"));
    }

    @Test
    void rejectsFolderWhoseWavNamesMatchNeitherCorpus() throws Exception {
        touchAll("recordings/take1.wav", "recordings/take2.wav");

        assertThatThrownBy(() -> reader.read(dir.resolve("recordings")))
                .isInstanceOf(NotACorpusException.class)
                .hasMessage(dir.resolve("recordings") + ": file names match neither SAVEE (AudioData/DC/a01.wav"
                        + " or DC_a01.wav) nor EMO-DB (03a01Fa.wav)");
    }

    @Test
    void rejectsUnreadableFolderWithCause() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        touch("locked/03a01Fa.wav");
        assumeThat(locked.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("folder permissions are enforced (not running as root)")
                    .isFalse();
            assertThatThrownBy(() -> reader.read(locked))
                    .isInstanceOf(NotACorpusException.class)
                    .hasMessage(locked + ": cannot be read: permission denied")
                    .hasCauseInstanceOf(AccessDeniedException.class);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void listsSubfolderThatCannotBeWalkedAsProblem() throws Exception {
        touchAll("AudioData/DC/a01.wav");
        Files.createSymbolicLink(dir.resolve("AudioData/JE"), dir.resolve("AudioData"));

        Corpus corpus = reader.read(dir);

        assertThat(paths(corpus)).containsExactly("DC/a01.wav");
        assertThat(corpus.problems()).containsExactly(new CorpusProblem("JE", "cannot be read: symbolic link loop"));
    }

    @Test
    void listsEveryNonClipWavFileWithItsReason() throws Exception {
        touchAll("AudioData/DC/a01.wav", "AudioData/DC/x01.wav", "AudioData/DC/a1.wav", "AudioData/DC/JE_a02.wav",
                "AudioData/n01.wav", "AudioData/misc/a01.wav");

        Corpus corpus = reader.read(dir);

        assertThat(paths(corpus)).containsExactly("DC/a01.wav");
        assertThat(corpus.problems()).containsExactly(
                new CorpusProblem("DC/JE_a02.wav", "speaker folder 'DC' does not match the name's speaker prefix 'JE'"),
                new CorpusProblem("DC/a1.wav", "name does not follow SAVEE's <code><NN>.wav or"
                        + " <speaker>_<code><NN>.wav (e.g. sa03.wav, DC_sa03.wav)"),
                new CorpusProblem("DC/x01.wav", "unknown emotion code 'x' in SAVEE name"),
                new CorpusProblem("misc/a01.wav",
                        "folder 'misc' is not a SAVEE speaker folder (two capital letters, e.g. DC)"),
                new CorpusProblem("n01.wav", "not in a speaker folder: a SAVEE name without a speaker prefix"
                        + " belongs in a folder such as DC/"));
    }

    @Test
    void listsBadEmoDbNamesAndUnknownCodes() throws Exception {
        touchAll("wav/03a01Fa.wav", "wav/03a01Xa.wav", "wav/03a01.wav", "wav/old/03a02Fa.wav");

        Corpus corpus = reader.read(dir);

        assertThat(paths(corpus)).containsExactly("03a01Fa.wav");
        assertThat(corpus.problems()).containsExactly(
                new CorpusProblem("03a01.wav",
                        "name does not follow EMO-DB's <speaker><text><emotion><version>.wav (e.g. 03a01Fa.wav)"),
                new CorpusProblem("03a01Xa.wav", "unknown emotion code 'X' in EMO-DB name"),
                new CorpusProblem("old/03a02Fa.wav", "in a subfolder: EMO-DB keeps all WAV files in one folder"));
    }

    @Test
    void listsOtherAudioFormatsButIgnoresDocumentationAndHiddenFiles() throws Exception {
        touchAll("wav/03a01Fa.wav", "wav/03a02Fa.mp3", "wav/03a03Fa.FLAC", "wav/README.txt", "wav/notes.md",
                "wav/paper.pdf", "wav/SHA256SUMS", "wav/.DS_Store", "wav/._03a01Fa.wav", "wav/.cache/03a04Fa.wav");

        Corpus corpus = reader.read(dir.resolve("wav"));

        assertThat(paths(corpus)).containsExactly("03a01Fa.wav");
        assertThat(corpus.problems()).containsExactly(
                new CorpusProblem("03a02Fa.mp3", "not a WAV file"),
                new CorpusProblem("03a03Fa.FLAC", "not a WAV file"));
    }

    @Test
    void listsBadAudioAndUnreadableFilesFromTheProbe() throws Exception {
        touchAll("wav/03a01Fa.wav", "wav/03a02Fa.wav", "wav/03a04Fa.wav", "wav/03a05Fa.wav");
        probe.fail("03a02Fa.wav", new AudioFormatException(dir.resolve("wav/03a02Fa.wav"), "not a RIFF/WAVE file"))
                .fail("03a04Fa.wav", new AccessDeniedException(dir.resolve("wav/03a04Fa.wav").toString()))
                .fail("03a05Fa.wav", new IOException("Input/output error"));

        Corpus corpus = reader.read(dir);

        assertThat(paths(corpus)).containsExactly("03a01Fa.wav");
        assertThat(corpus.problems()).containsExactly(
                new CorpusProblem("03a02Fa.wav", "not a RIFF/WAVE file"),
                new CorpusProblem("03a04Fa.wav", "cannot be read: permission denied"),
                new CorpusProblem("03a05Fa.wav", "cannot be read: Input/output error"));
    }

    @Test
    void writesAProblemOnOneLineWhateverTheFileNameHolds() {
        assertThat(new CorpusProblem("JE/a\nb\u001b.wav", "not a RIFF/WAVE file").toString())
                .isEqualTo("JE/a\\nb\\u001b.wav: not a RIFF/WAVE file");
    }

    @Test
    void keepsTruncatedClipWithAudioPresentAndListsItAsProblem() throws Exception {
        touchAll("wav/03a01Fa.wav");
        probe.answer("03a01Fa.wav", new AudioInfo(16_000, 1, 16, SampleEncoding.PCM_INTEGER, 8_000, true));

        Corpus corpus = reader.read(dir);

        assertThat(corpus.clips()).singleElement().satisfies(clip -> assertThat(clip.seconds()).isEqualTo(0.5));
        assertThat(corpus.problems()).containsExactly(CorpusProblem.ofKeptClip("03a01Fa.wav",
                "truncated: the file ends before its data chunk does; 0.50 s of audio present"));
        assertThat(corpus.problems().get(0).consequence()).isEqualTo("(kept: the audio present is used)");
    }

    @Test
    void listsWavWithoutAudioFramesAsProblemNotClip() throws Exception {
        touchAll("wav/03a01Fa.wav", "wav/03a02Fa.wav");
        probe.answer("03a02Fa.wav", FakeProbe.info(16_000, 0));

        Corpus corpus = reader.read(dir);

        assertThat(paths(corpus)).containsExactly("03a01Fa.wav");
        assertThat(corpus.problems()).containsExactly(new CorpusProblem("03a02Fa.wav", "no audio frames"));
    }

    @Test
    void takesDurationAndSampleRateFromTheProbe() throws Exception {
        touchAll("AudioData/DC/a01.wav");
        probe.answer("a01.wav", FakeProbe.info(44_100, 3.5));

        Clip clip = reader.read(dir).clips().get(0);

        assertThat(clip.sampleRate()).isEqualTo(44_100);
        assertThat(clip.seconds()).isEqualTo(3.5);
    }

    @Test
    void ordersClipsAndProblemsByRelativePath() throws Exception {
        List<String> expected = new ArrayList<>();
        for (String speaker : List.of("KL", "DC", "JK", "JE")) {
            for (int n = 30; n >= 1; n--) {
                String file = String.format("%s/n%02d.wav", speaker, n);
                touch("AudioData/" + file);
                expected.add(file);
            }
            touch("AudioData/" + speaker + "/zz01.wav");
        }
        expected.sort(null);

        Corpus corpus = reader.read(dir);

        assertThat(paths(corpus)).containsExactlyElementsOf(expected);
        assertThat(corpus.problems()).extracting(CorpusProblem::relativePath)
                .containsExactly("DC/zz01.wav", "JE/zz01.wav", "JK/zz01.wav", "KL/zz01.wav");
        assertThat(reader.read(dir)).isEqualTo(corpus);
    }

    @Test
    void reportsProgressFromZeroToEveryProbedClipInRisingOrder() throws Exception {
        for (int n = 1; n <= 15; n++) {
            touch(String.format("AudioData/DC/a%02d.wav", n));
        }
        touch("AudioData/DC/x01.wav");
        List<int[]> calls = new ArrayList<>();

        reader.read(dir, (done, total) -> calls.add(new int[] {done, total}));

        assertThat(calls).hasSize(16);
        for (int i = 0; i < calls.size(); i++) {
            assertThat(calls.get(i)).containsExactly(i, 15);
        }
    }
}
