package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The attention peaks a user reads off the clip view and {@code predict}: distinct moments of the clip. */
class AttentionPeaksTest {
    private static final Path DEMO_MODEL = Path.of("sample-audio/demo-run/models/fold-emodb_03.zip");

    @Test
    void peaksAreDistinctStretchesOfTheClipNotWindowsOfOnePeak() throws Exception {
        try (TrainedModel model = TrainedModel.load(DEMO_MODEL)) {
            for (String clip : List.of("03a01Aa.wav", "03a01Fa.wav", "03a02Wa.wav", "03b01Ta.wav")) {
                ClipAnalysis analysis = model.analyse(Path.of("sample-audio/emodb/wav", clip), Optional.of("emodb:03"), 3);
                List<AttentionPeak> peaks = analysis.peaks();

                assertThat(peaks).as(clip).hasSize(3);
                for (int i = 0; i < peaks.size(); i++) {
                    for (int j = i + 1; j < peaks.size(); j++) {
                        AttentionPeak a = peaks.get(i);
                        AttentionPeak b = peaks.get(j);
                        assertThat(a.endSeconds() <= b.startSeconds() || b.endSeconds() <= a.startSeconds())
                                .as("%s: %.2f–%.2f s and %.2f–%.2f s overlap", clip, a.startSeconds(), a.endSeconds(),
                                        b.startSeconds(), b.endSeconds()).isTrue();
                    }
                }
            }
        }
    }
}
