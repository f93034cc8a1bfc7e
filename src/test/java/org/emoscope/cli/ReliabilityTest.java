package org.emoscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.emoscope.testing.WavBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The {@code reliability} group of issue #11: bad files planted in an EMO-DB and a SAVEE layout, and
 * every command that reads audio run over them through the real command line. Each must name every
 * bad file, print no stack trace, use every good clip and finish (the timeouts guard against a hang,
 * e.g. on a named pipe). {@code docs/reliability.md} lists the probes.
 */
@Tag("reliability")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ReliabilityTest {
    /** Bad files of each layout, by file name, each with the words its problem must be reported in. */
    private static final Map<String, String> BAD_EMODB = new LinkedHashMap<>();
    private static final Map<String, String> BAD_SAVEE = new LinkedHashMap<>();
    private static final int GOOD_EMODB_CLIPS = 24;

    @TempDir
    static Path dir;
    private static Path emodb;
    private static Path savee;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void plantBadInputs() throws Exception {
        emodb = dir.resolve("emodb");
        Path wav = Files.createDirectories(emodb.resolve("wav"));
        for (String name : goodEmoDbClips()) {
            Files.copy(Path.of("sample-audio/emodb/wav", name), wav.resolve(name));
        }
        plant(BAD_EMODB, wav, "03b01Fa.wav", "hello, not audio".getBytes(), "not a RIFF/WAVE file");
        plant(BAD_EMODB, wav, "03b01Wa.wav", new byte[0], "not a RIFF/WAVE file");
        plant(BAD_EMODB, wav, "03b02Fa.wav", floats(0.1f, Float.NaN, 0.2f), "not a finite number");
        plant(BAD_EMODB, wav, "03b02Wa.wav", WavBuilder.pcm16(1, (short) 1, (short) 2).bytes(), "implausible sample rate 1 Hz");
        byte[] foreignGuid = new WavBuilder().bitsPerSample(16).data(new byte[8]).extensible(true).bytes();
        foreignGuid[20 + 24 + 6] = 0x11;
        plant(BAD_EMODB, wav, "03b03Fa.wav", foreignGuid, "not a PCM or IEEE float GUID");
        byte[] twoData = WavBuilder.pcm16(16_000, (short) 1, (short) 2).bytes();
        plant(BAD_EMODB, wav, "03b03Wa.wav", concat(twoData, twoData, 12), "two data chunks");
        plant(BAD_EMODB, wav, "03b09Fa.wav", WavBuilder.pcm16(16_000, (short) 1).bytes(), null); // kept below
        Files.delete(wav.resolve("03b09Fa.wav"));
        BAD_EMODB.remove("03b09Fa.wav");
        Files.createSymbolicLink(wav.resolve("03b10Fa.wav"), wav.resolve("deleted.wav"));
        BAD_EMODB.put("03b10Fa.wav", "symbolic link to a missing file");
        assertThat(new ProcessBuilder("mkfifo", wav.resolve("03b10Wa.wav").toString()).start().waitFor()).isZero();
        BAD_EMODB.put("03b10Wa.wav", "not a regular file");
        Files.createDirectory(wav.resolve("08b10Wa.wav"));
        BAD_EMODB.put("08b10Wa.wav", "a folder, not an audio file");
        plant(BAD_EMODB, wav, "03b01Xa.wav", WavBuilder.pcm16(16_000, (short) 1, (short) 2).bytes(), "unknown emotion");
        plant(BAD_EMODB, wav, "0\n3b01Fa.wav", "x".getBytes(), "0\\n3b01Fa.wav");

        savee = dir.resolve("savee/AudioData");
        for (String speaker : List.of("DC", "JE")) {
            Path folder = Files.createDirectories(savee.resolve(speaker));
            for (String clip : List.of("a01.wav", "n01.wav", "sa01.wav", "h01.wav")) {
                Files.copy(Path.of("sample-audio/savee/AudioData", speaker, clip), folder.resolve(clip));
            }
        }
        plant(BAD_SAVEE, savee.resolve("DC"), "a02.wav", "RIFF".getBytes(), "file ends inside its RIFF header");
        plant(BAD_SAVEE, savee.resolve("JE"), "sa02.wav", floats(Float.POSITIVE_INFINITY), "not a finite number");
        plant(BAD_SAVEE, savee.resolve("JE"), "x01.wav", WavBuilder.pcm16(44_100, (short) 1).bytes(), "unknown emotion code");
    }

    /** The first clips of speakers 03 and 08 of the sample corpus, {@value #GOOD_EMODB_CLIPS} in all. */
    private static List<String> goodEmoDbClips() throws IOException {
        try (Stream<Path> clips = Files.list(Path.of("sample-audio/emodb/wav"))) {
            List<String> names = clips.map(c -> c.getFileName().toString()).sorted().toList();
            return Stream.of("03", "08").flatMap(speaker -> names.stream().filter(n -> n.startsWith(speaker))
                    .limit(GOOD_EMODB_CLIPS / 2)).toList();
        }
    }

    private static void plant(Map<String, String> bad, Path folder, String name, byte[] bytes, String problem)
            throws IOException {
        Files.write(folder.resolve(name), bytes);
        bad.put(name, problem);
    }

    private static byte[] floats(float... samples) {
        ByteBuffer data = ByteBuffer.allocate(4 * samples.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : samples) {
            data.putFloat(sample);
        }
        return new WavBuilder().formatTag(3).bitsPerSample(32).data(data.array()).bytes();
    }

    /** {@code a} followed by {@code b} without b's first {@code skip} bytes (its RIFF header). */
    private static byte[] concat(byte[] a, byte[] b, int skip) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length - skip);
        System.arraycopy(b, skip, both, a.length, b.length - skip);
        return both;
    }

    private int emoscope(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine line = EmoscopeCommand.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    private String printed() {
        return out + "\n" + err;
    }

    private void assertNoStackTrace() {
        assertThat(printed()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    }

    @Test
    void corpusNamesEveryBadFileOfBothLayoutsOnItsOwnLine() {
        for (Map.Entry<Path, Map<String, String>> layout : Map.of(emodb, BAD_EMODB, savee, BAD_SAVEE).entrySet()) {
            assertThat(emoscope("corpus", layout.getKey().toString())).as(printed()).isZero();
            assertNoStackTrace();
            layout.getValue().forEach((file, problem) -> assertThat(printed().lines()
                    .filter(line -> line.contains(problem)).toList())
                    .as(file + " reported with \"" + problem + "\"").isNotEmpty());
        }
        assertThat(emoscope("corpus", emodb.toString())).isZero();
        assertThat(out.toString()).contains("EMO-DB: " + GOOD_EMODB_CLIPS + " clips");
    }

    @Test
    void melRefusesEachBadFileByNameAndWritesNothing() throws IOException {
        for (String file : BAD_EMODB.keySet()) {
            if (file.contains("X") || file.contains("\n")) {
                continue; // a name problem, not an audio problem: mel reads the file whatever its name
            }
            Path input = emodb.resolve("wav").resolve(file);
            Path output = dir.resolve("mel-" + file.replace('/', '_') + ".npy");
            assertThat(emoscope("mel", input.toString(), output.toString())).as(file).isEqualTo(1);
            assertNoStackTrace();
            assertThat(err.toString()).as(file).contains(file).contains(BAD_EMODB.get(file));
            assertThat(output).doesNotExist();
        }
    }

    @Test
    void trainingUsesEveryGoodClipThenPredictAndEvaluateNameTheBadOnes() throws IOException {
        Path run = dir.resolve("runs/planted");
        int trained = emoscope("train", "--target", emodb.toString(), "--preset", "compact", "--epochs", "1",
                "--held-out", "emodb:03", "--out", run.toString(), "--cache", dir.resolve("cache").toString());

        assertThat(trained).as(printed()).isZero();
        assertNoStackTrace();
        assertThat(out.toString()).contains("(" + GOOD_EMODB_CLIPS / 2 + " test clips)");

        assertThat(emoscope("evaluate", run.toString())).as(printed()).isZero();
        assertNoStackTrace();

        Path model = run.resolve("models/fold-emodb_03.zip");
        Path good = emodb.resolve("wav/03a01Fa.wav");
        List<String> args = new java.util.ArrayList<>(List.of("predict", model.toString(), good.toString()));
        BAD_EMODB.keySet().stream().filter(f -> !f.contains("X") && !f.contains("\n"))
                .forEach(f -> args.add(emodb.resolve("wav").resolve(f).toString()));
        assertThat(emoscope(args.toArray(String[]::new))).isEqualTo(1);
        assertNoStackTrace();
        assertThat(out.toString()).contains("03a01Fa.wav:");
        BAD_EMODB.forEach((file, problem) -> {
            if (!file.contains("X") && !file.contains("\n")) {
                assertThat(err.toString()).as(file).contains(file).contains(problem);
            }
        });
    }
}
