package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.emoscope.evaluation.LosoReport;
import org.emoscope.testing.SharedData;
import org.emoscope.training.Normalisation;
import org.emoscope.training.TrainingConfig;
import org.emoscope.training.baseline.BaselineListener;
import org.emoscope.training.baseline.BaselineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline on the real EMO-DB copy, leave-one-speaker-out; skipped when the data set is not there. */
class BaselineOnEmoDbTest {
    @TempDir
    Path dir;

    @Test
    void baselineOnEmoDbIsClearlyAboveChance() throws Exception {
        Path emodb = SharedData.require("emodb-2s");
        TrainingConfig config = TrainingConfig.defaults(emodb.toAbsolutePath()).toBuilder()
                .normalisation(Normalisation.TRAINING_FOLD).build();

        LosoReport report = new BaselineRunner(config, BaselineSettings.defaults(), dir.resolve("cache"))
                .run(dir.resolve("run"), TestRuns.NEVER_CANCELLED, BaselineListener.NONE);

        assertThat(report.perFold()).hasSize(10);
        assertThat(report.pooled().total()).isEqualTo(535);
        // Seven classes: chance UA is 1/7 ≈ 14 %.
        assertThat(report.pooled().ua()).isGreaterThan(0.40);
        assertThat(BaselineRecord.read(dir.resolve("run")).orElseThrow().folds()).hasSize(10);
    }
}
