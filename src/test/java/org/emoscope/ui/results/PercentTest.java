package org.emoscope.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.emoscope.evaluation.MeanSd;
import org.junit.jupiter.api.Test;

class PercentTest {
    @Test
    void writesFractionsAsPercentAndUndefinedValuesAsADash() {
        assertThat(Percent.of(0.7123)).isEqualTo("71.2 %");
        assertThat(Percent.of(Double.NaN)).isEqualTo("–");
        assertThat(Percent.of(MeanSd.of(0.6, 0.8))).isEqualTo("70.0 ± 14.1 %");
        assertThat(Percent.of(MeanSd.of(0.6))).isEqualTo("60.0 %");
        assertThat(Percent.of((MeanSd) null)).isEqualTo("–");
    }

    @Test
    void signsDifferencesButNotWhatRoundsToZero() {
        assertThat(Percent.difference(0.044)).isEqualTo("+4.4 pp");
        assertThat(Percent.difference(-0.1)).isEqualTo("-10.0 pp");
        assertThat(Percent.difference(0)).isEqualTo("0.0 pp");
        assertThat(Percent.difference(-0.0001)).isEqualTo("0.0 pp");
        assertThat(Percent.difference(Double.NaN)).isEqualTo("–");
    }
}
