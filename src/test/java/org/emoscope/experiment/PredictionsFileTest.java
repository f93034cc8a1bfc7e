package org.emoscope.experiment;

import org.emoscope.evaluation.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PredictionsFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsClipsAndLabelsWithCommasQuotesAndLineBreaks() throws IOException {
        List<String> labels = List.of("anger", "sad, very", "\"neutral\"", "x\ny");
        List<Prediction> predictions = List.of(
                new Prediction("DC/a01.wav", "savee:DC", "DC", 0, 1, new double[] {0.1, 0.7, 0.15, 0.05}),
                new Prediction("dir, with comma/\"quoted\" name.wav", "savee:DC", "DC", 3, 3,
                        new double[] {1e-9, 0.0, 0.1 + 0.2, 0.6999999990000001}),
                new Prediction("line\r\nbreak.wav", "emodb:03", "03", 2, 0, new double[] {0.25, 0.25, 0.25, 0.25}));
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            assertThat(folder.readPredictions()).isEmpty();
            folder.writePredictions(labels, predictions);
        }

        PredictionTable table = ExperimentFolder.open(dir.resolve("run")).readPredictions().orElseThrow();

        assertThat(table.labels()).isEqualTo(labels);
        assertThat(table.predictions()).isEqualTo(predictions);
        assertThat(Files.readString(dir.resolve("run/predictions.csv"))).startsWith(
                "corpus,clip,fold,speaker,true,predicted,prob_anger,\"prob_sad, very\",\"prob_\"\"neutral\"\"\",\"prob_x\ny\"\r\n"
                        + ",DC/a01.wav,savee:DC,DC,anger,\"sad, very\",0.1,0.7,0.15,0.05\r\n");
    }

    @Test
    void eachPredictionNamesTheCorpusFolderItsClipIsRelativeTo() throws IOException {
        Path root = dir.resolve("data/emodb/wav").toAbsolutePath();
        try (ExperimentFolder folder = ExperimentFolder.create(dir.resolve("run"),
                java.util.Map.of("targetCorpus", root.getParent().toString()),
                RunEnvironment.current("CPU", "CPU", 1, java.util.Map.of("emodb:" + root, "sha256:x"), TestRuns.START))) {
            folder.writePredictions(List.of("a", "b"), List.of(new Prediction("03a01Fa.wav", "emodb:03", "emodb:03",
                    0, 1, new double[] {0.4, 0.6})));
        }

        assertThat(Files.readString(dir.resolve("run/predictions.csv")))
                .contains("\r\n" + root + ",03a01Fa.wav,emodb:03,emodb:03,a,b,0.4,0.6\r\n");
    }

    @Test
    void readsFilesWrittenBeforeTheCorpusColumn() throws IOException {
        Path file = dir.resolve("predictions.csv");
        PredictionTable table = PredictionsCsv.parse("clip,fold,speaker,true,predicted,prob_a,prob_b\r\n"
                + "c.wav,f,s,a,b,0.5,0.5\r\n", file);

        assertThat(table.labels()).containsExactly("a", "b");
        assertThat(table.predictions()).containsExactly(new Prediction("c.wav", "f", "s", 0, 1, new double[] {0.5, 0.5}));
    }

    @Test
    void refusesPredictionsWhoseProbabilitiesDoNotMatchTheLabels() throws IOException {
        try (ExperimentFolder folder = TestRuns.create(dir.resolve("run"))) {
            Prediction twoClasses = new Prediction("a.wav", "f", "s", 0, 1, new double[] {0.4, 0.6});

            assertThatThrownBy(() -> folder.writePredictions(List.of("a", "b", "c"), List.of(twoClasses)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.wav");
        }
    }

    @Test
    void namesTheFileAndRecordOfAnUnknownClass() throws IOException {
        Path run = dir.resolve("run");
        TestRuns.create(run).close();
        Files.writeString(run.resolve("predictions.csv"),
                "clip,fold,speaker,true,predicted,prob_a,prob_b\nc.wav,f,s,a,z,0.5,0.5\n");

        assertThatThrownBy(() -> ExperimentFolder.open(run).readPredictions())
                .hasMessage(run.resolve("predictions.csv") + ": record 2: class \"z\" is not among the labels [a, b]");
    }

    @Test
    void namesTheFileOfATruncatedQuotedField() throws IOException {
        Path run = dir.resolve("run");
        TestRuns.create(run).close();
        Files.writeString(run.resolve("predictions.csv"),
                "clip,fold,speaker,true,predicted,prob_a\n\"c.wav,f,s,a,a,1.0\n");

        assertThatThrownBy(() -> ExperimentFolder.open(run).readPredictions())
                .hasMessage(run.resolve("predictions.csv") + ": line 2: a quoted field is not closed");
    }
}
