package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelArchitectureTest {

    @Test
    void paperPresetHasThePublishedSizes() {
        ModelArchitecture paper = ModelArchitecture.paper();
        assertThat(paper.validate()).isEmpty();
        assertThat(paper.convFilters()).containsExactly(512, 1024, 2048);
        assertThat(paper.steps()).isEqualTo(252);
        assertThat(paper.receptiveFrames()).isEqualTo(5);
        assertThat(paper.sequenceWidth()).isEqualTo(256);
        assertThat(paper.attentionDim() / paper.heads()).isEqualTo(16);
    }

    @Test
    void compactPresetKeepsTheTopology() {
        ModelArchitecture compact = ModelArchitecture.compact();
        assertThat(compact.validate()).isEmpty();
        assertThat(compact.steps()).isEqualTo(252);
        assertThat(compact.convFilters()).containsExactly(64, 128, 256);
        assertThat(compact.sequenceWidth()).isEqualTo(128);
    }

    @Test
    void validateListsEveryProblem() {
        ModelArchitecture broken = new ModelArchitecture(0, 4, List.of(8, 8), List.of(3, 1, 3),
                8, -1, 2, 3, 8, 1.0);
        assertThat(broken.validate()).containsExactlyInAnyOrder(
                "nMels must be positive, got 0",
                "convFilters must list 3 sizes, got 2",
                "frames (4) must exceed the convolutions' total shrinkage (4)",
                "lstmUnits must be positive, got -1",
                "attentionDim (8) must be divisible by heads (3)",
                "dropout must be in [0, 1), got 1.0");
    }

    @Test
    void requireValidThrowsWithAllProblems() {
        ModelArchitecture broken = new ModelArchitecture(16, 24, List.of(8, 8, 8), List.of(3, 0, 3),
                0, 4, 2, 2, 8, 0.35);
        assertThatThrownBy(broken::requireValid)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("convKernels[1] must be positive")
                .hasMessageContaining("bottleneck must be positive");
    }

    @Test
    void filterListsAreDefensivelyCopied() {
        List<Integer> filters = new java.util.ArrayList<>(List.of(8, 8, 8));
        ModelArchitecture arch = new ModelArchitecture(16, 24, filters, List.of(3, 1, 3), 8, 4, 2, 2, 8, 0.35);
        filters.set(0, 99);
        assertThat(arch.convFilters()).containsExactly(8, 8, 8);
    }
}
