package org.emoscope.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.emoscope.training.ConfigProblem;
import org.emoscope.training.TrainingConfig;
import org.junit.jupiter.api.Test;

class FormFieldTest {
    @Test
    void everyProblemOfAConfigurationIsShownBesideTheFieldsItConcerns() {
        TrainingConfig bad = TrainingConfig.defaults(Path.of("corpus")).toBuilder()
                .epochs(0).lossWeights(0, 0).dropout(1.5).warmupEpochs(-1).build();

        assertThat(bad.problems()).extracting(FormField::of).containsExactlyInAnyOrder(
                List.of(FormField.GAMMA, FormField.THETA), List.of(FormField.DROPOUT),
                List.of(FormField.EPOCHS), List.of(FormField.SCHEDULE));
        assertThat(bad.validate()).as("the same problems in words, as the CLI lists them")
                .containsExactlyElementsOf(bad.problems().stream().map(ConfigProblem::message).toList());
    }
}
