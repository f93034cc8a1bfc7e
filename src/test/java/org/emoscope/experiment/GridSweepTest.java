package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.emoscope.training.ArchitecturePreset;
import org.emoscope.training.TrainingConfig;
import org.junit.jupiter.api.Test;

class GridSweepTest {
    private static final Path TARGET = Path.of("/data/savee");
    private static final Path OTHER = Path.of("/data/emodb");
    private static final TrainingConfig BASE = TrainingConfig.defaults(TARGET).toBuilder().epochs(7).build();

    @Test
    void sweepsCrossInOrderAndNameEachConfigurationByWhatSetsItApart() {
        Map<String, TrainingConfig> grid = GridSweep.configurations(BASE, null,
                List.of(GridSweep.Sweep.parse("theta=0,1"), GridSweep.Sweep.parse("preset=compact,paper")));

        assertThat(grid).containsOnlyKeys("theta-0_preset-compact", "theta-0_preset-paper", "theta-1_preset-compact",
                "theta-1_preset-paper");
        assertThat(grid.keySet()).first().isEqualTo("theta-0_preset-compact");
        TrainingConfig config = grid.get("theta-1_preset-paper");
        assertThat(config.theta()).isEqualTo(1);
        assertThat(config.preset()).isEqualTo(ArchitecturePreset.PAPER);
        assertThat(config.epochs()).as("the base's other settings").isEqualTo(7);
        assertThat(GridSweep.configurations(BASE, null, List.of())).containsOnlyKeys("base");
    }

    @Test
    void thePaperFourKeepTheBaseSettingsAndALanguageMixVariesOnlyTheCrossLanguageOnes() {
        Map<String, TrainingConfig> grid = GridSweep.configurations(BASE, OTHER,
                List.of(GridSweep.Sweep.parse("fraction=0.5,1")));

        assertThat(grid.keySet()).containsExactly("single-task", "multitask", "cross-language_fraction-0.5",
                "cross-language_fraction-1", "multitask-cross-language_fraction-0.5",
                "multitask-cross-language_fraction-1");
        assertThat(grid.get("single-task").theta()).isZero();
        assertThat(grid.get("multitask").addedCorpora()).isEmpty();
        assertThat(grid.get("multitask-cross-language_fraction-0.5").addedCorpora().get(0).fraction()).isEqualTo(0.5);
        assertThat(grid.get("multitask-cross-language_fraction-0.5").addedCorpora().get(0).folder()).isEqualTo(OTHER);
        assertThat(grid.values()).allMatch(config -> config.epochs() == 7);
    }

    @Test
    void refusesWhatCannotBeSwept() {
        assertThatThrownBy(() -> GridSweep.Sweep.parse("theta")).hasMessageContaining("FIELD=V1,V2");
        assertThatThrownBy(() -> GridSweep.Sweep.parse("colour=red")).hasMessageContaining("cannot sweep \"colour\"");
        assertThatThrownBy(() -> GridSweep.configurations(BASE, null, List.of(GridSweep.Sweep.parse("fraction=0.5"))))
                .hasMessageContaining("needs a corpus added");
        assertThatThrownBy(() -> GridSweep.configurations(BASE, null, List.of(GridSweep.Sweep.parse("lr=fast"))))
                .hasMessageContaining("\"fast\" is not a number");
        assertThatThrownBy(() -> GridSweep.configurations(BASE, null,
                List.of(GridSweep.Sweep.parse("theta=0"), GridSweep.Sweep.parse("theta=1"))))
                .hasMessageContaining("given twice");
    }
}
