package org.emoscope.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.emoscope.corpus.Corpus;
import org.emoscope.corpus.CorpusReader;
import org.junit.jupiter.api.Test;

class DurationEstimateTest {
    private static final Path SAMPLE_EMODB = Path.of("sample-audio/emodb");

    @Test
    void everyEpochOfEveryFoldTrainsItsClipsAndScoresAThirdAsDearly() throws Exception {
        Corpus corpus = new CorpusReader().read(SAMPLE_EMODB);
        TrainingConfig config = TrainingConfig.defaults(SAMPLE_EMODB).toBuilder().epochs(10).build();
        FoldPlan plan = FoldPlan.of(config, corpus, List.of());

        DurationEstimate estimate = DurationEstimate.of(config, plan, 50);

        double clipSeconds = 0;
        for (Fold fold : plan.folds()) {
            int training = fold.trainingClips().size();
            // last-epoch selection: the test clips are the validation clips, scored once per epoch
            clipSeconds += 10 * (training + (Math.min(64, training) + fold.testClips().size()) / 3.0);
        }
        assertThat(estimate.duration()).isEqualTo(Duration.ofSeconds(Math.round(clipSeconds / 50)));
        assertThat(estimate.trainedClips()).isEqualTo(10L * plan.folds().stream()
                .mapToInt(f -> f.trainingClips().size()).sum());
        assertThat(estimate.frames()).as("auto frames: the longest sample clip, as training resolves it")
                .isBetween(64, 256);
        assertThat(DurationEstimate.network(config, plan).frames()).isEqualTo(estimate.frames());
    }

    @Test
    void saysTheDurationInMinutesOrHours() {
        assertThat(new DurationEstimate(Duration.ofSeconds(20), 1, 81, 100).describe()).isEqualTo("under a minute");
        assertThat(new DurationEstimate(Duration.ofMinutes(23), 1, 81, 100).describe()).isEqualTo("about 23 min");
        assertThat(new DurationEstimate(Duration.ofMinutes(130), 1, 81, 100).describe()).isEqualTo("about 2 h 10 min");
    }
}
