package org.emoscope.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.emoscope.experiment.RunConfig;
import org.junit.jupiter.api.Test;

class ConfigSummaryTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBaselineRunIsNamedByItsModelAndNormalisationInsteadOfAPreset() throws Exception {
        String config = """
                {"targetCorpus": "/data/emodb-2s", "heldOutSpeakers": [], "seed": 42, "normalisation": "per-speaker",
                 "model": "baseline: logistic regression on log-Mel functionals", "baseline": {"lambdas": [10, 100]}}
                """;

        assertThat(ConfigSummary.of(RunConfig.of((ObjectNode) json.readTree(config), Path.of("config.json")))).isEqualTo(
                "baseline (log-Mel functionals + logistic regression) · emodb-2s · LOSO · per-speaker (transductive) · seed 42");
    }

    @Test
    void aNetworkRunStillShowsItsPreset() throws Exception {
        String config = """
                {"preset": "compact", "targetCorpus": "/data/emodb-2s", "theta": 1, "heldOutSpeakers": ["emodb:03"],
                 "epochs": 12, "seed": 42, "normalisation": "per-speaker"}
                """;

        assertThat(ConfigSummary.of(RunConfig.of((ObjectNode) json.readTree(config), Path.of("config.json"))))
                .isEqualTo("compact · emodb-2s · multitask θ 1 · test emodb:03 · per-speaker (transductive) · 12 epochs · seed 42");
    }

    @Test
    void anEnsembleRunSaysHowManyRunsItCombines() throws Exception {
        String config = """
                {"model": "ensemble", "targetCorpus": "/data/emodb-2s", "heldOutSpeakers": [], "normalisation": "per-speaker",
                 "ensemble": {"members": [{"run": "g/seed-42"}, {"run": "g/seed-43"}, {"run": "g/seed-44"}]}}
                """;

        assertThat(ConfigSummary.of(RunConfig.of((ObjectNode) json.readTree(config), Path.of("config.json"))))
                .isEqualTo("ensemble of 3 runs · emodb-2s · LOSO · per-speaker (transductive)");
    }
}
