package org.emoscope.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text field and the slider of a number stay in step. */
class NumberFieldTest {
    @Test
    void movingTheSliderRewritesTheText() {
        NumberField gamma = NumberField.decimal("γ", 1);

        gamma.value().set(0.25);

        assertThat(gamma.text().get()).isEqualTo("0.25");
        assertThat(gamma.isValid()).isTrue();
    }

    @Test
    void typingANumberMovesTheSliderAndKeepsTheTextAsTyped() {
        NumberField gamma = NumberField.decimal("γ", 1);

        gamma.text().set("0.50");

        assertThat(gamma.value().get()).isEqualTo(0.5);
        assertThat(gamma.text().get()).isEqualTo("0.50");
    }

    @Test
    void textThatIsNoNumberLeavesTheValueAndNamesTheField() {
        NumberField theta = NumberField.decimal("θ", 0.3);

        theta.text().set("0,7");

        assertThat(theta.value().get()).isEqualTo(0.3);
        assertThat(theta.isValid()).isFalse();
        assertThat(theta.problem().get()).isEqualTo("θ: '0,7' is not a number (use a dot for decimals)");
    }

    @Test
    void slidersShowFourSignificantDigitsAndSmallRatesStayExact() {
        NumberField gamma = NumberField.decimal("γ", 1);
        NumberField rate = NumberField.decimal("learning rate", 0.0001);

        gamma.value().set(0.7345678);

        assertThat(gamma.text().get()).isEqualTo("0.7346");
        assertThat(rate.text().get()).isEqualTo("0.0001");
    }

    @Test
    void wholeNumbersRefuseDecimalsAndKeepLongSeedsExact() {
        NumberField epochs = NumberField.whole("epochs", 300);
        NumberField seed = NumberField.whole("seed", 42);

        epochs.text().set("2.5");
        seed.text().set("9007199254740993");

        assertThat(epochs.problem().get()).isEqualTo("epochs: '2.5' is not a whole number");
        assertThat(seed.wholeValue()).isEqualTo(9_007_199_254_740_993L);
    }
}
