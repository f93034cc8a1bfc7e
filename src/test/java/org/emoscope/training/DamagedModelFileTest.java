package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipFile;
import org.emoscope.model.ModelFileException;
import org.emoscope.testing.ZipEntries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged fold model is refused in one line naming the file and the problem, before it predicts anything. */
class DamagedModelFileTest {
    private static final Path DEMO_MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");

    @TempDir
    Path dir;

    private Path damaged(String entry, byte[] bytes) throws Exception {
        return ZipEntries.copyReplacing(DEMO_MODEL, dir.resolve("damaged.zip"), Map.of(entry, bytes));
    }

    @Test
    void labelsThatDoNotMatchTheNetworksOutputsAreRefused() throws Exception {
        Path model = damaged("extra/" + TrainedModel.LABELS_ENTRY, """
                {"emotions": ["anger", "fear", "neutral"], "speakers": ["emodb:08", "emodb:09", "emodb:10"]}"""
                .getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TrainedModel.load(model)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(model + ": labels.json names 3 emotions")
                .hasMessageContaining("the file is damaged");
    }

    @Test
    void nonFiniteParametersAreRefusedNotPredictedWith() throws Exception {
        String parameter;
        int bytes;
        try (ZipFile zip = new ZipFile(DEMO_MODEL.toFile())) {
            var entry = zip.stream().filter(e -> e.getName().startsWith("parameters/")).findFirst().orElseThrow();
            parameter = entry.getName();
            bytes = (int) entry.getSize();
        }
        ByteBuffer nan = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (nan.hasRemaining()) {
            nan.putFloat(Float.NaN);
        }
        Path model = damaged(parameter, nan.array());

        assertThatThrownBy(() -> TrainedModel.load(model)).isInstanceOf(ModelFileException.class)
                .hasMessage(model + ": " + parameter + " holds NaN or infinite values: the model cannot predict"
                        + " (a training that diverged, or a damaged file)");
    }

    @Test
    void damagedNormalisationIsNamedWithItsFile() throws Exception {
        Path model = damaged("extra/" + TrainedModel.NORMALISATION_ENTRY, "{\"stats\": ".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> TrainedModel.load(model)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(model + ": unreadable normalisation.json: line 1");
    }

    @Test
    void anAbsurdFrameCountAndAnOversizedEntryAreRefusedBeforeAnythingLarge() throws Exception {
        String header;
        try (ZipFile zip = new ZipFile(DEMO_MODEL.toFile())) {
            header = new String(zip.getInputStream(zip.getEntry("model.json")).readAllBytes(), StandardCharsets.UTF_8);
        }
        Path frames = damaged("model.json", header.replaceFirst("\"frames\" : \\d+", "\"frames\" : 2000000000")
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TrainedModel.load(frames)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("frames must be at most 65536, got 2000000000");

        byte[] huge = (header + " ".repeat(17 << 20)).getBytes(StandardCharsets.UTF_8);
        Path oversized = damaged("model.json", huge);
        assertThatThrownBy(() -> TrainedModel.load(oversized)).isInstanceOf(ModelFileException.class)
                .hasMessageContaining("model.json is " + huge.length + " bytes, more than the 16777216 it can be");
    }
}
