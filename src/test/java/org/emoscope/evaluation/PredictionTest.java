package org.emoscope.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PredictionTest {

    @Test
    void copiesProbabilitiesOnTheWayInAndOut() {
        double[] given = {0.2, 0.8};
        Prediction prediction = new Prediction("DC/a01.wav", "savee:DC", "savee:DC", 1, 1, given);

        given[0] = 99;
        prediction.probabilities()[1] = 99;

        assertThat(prediction.probabilities()).containsExactly(0.2, 0.8);
    }

    @Test
    void equalsComparesProbabilityValues() {
        Prediction a = new Prediction("DC/a01.wav", "savee:DC", "savee:DC", 0, 1, new double[] {0.4, 0.6});
        Prediction b = new Prediction("DC/a01.wav", "savee:DC", "savee:DC", 0, 1, new double[] {0.4, 0.6});
        Prediction c = new Prediction("DC/a01.wav", "savee:DC", "savee:DC", 0, 1, new double[] {0.3, 0.7});

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    }

    @Test
    void isCorrectWhenPredictedClassIsTheTrueOne() {
        assertThat(new Prediction("x", "f", "s", 1, 1, new double[2]).isCorrect()).isTrue();
        assertThat(new Prediction("x", "f", "s", 1, 0, new double[2]).isCorrect()).isFalse();
    }

    @Test
    void rejectsClassIndexBeyondProbabilitiesNamingTheClip() {
        assertThatThrownBy(() -> new Prediction("DC/a01.wav", "savee:DC", "savee:DC", 2, 0, new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("DC/a01.wav:");
    }

    @Test
    void rejectsNegativeClassIndex() {
        assertThatThrownBy(() -> new Prediction("x", "f", "s", 0, -1, new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
