package org.emoscope.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpiringMessageTest {
    @Test
    void workInProgressAndFailuresStayNewsGoes() {
        assertThat(ExpiringMessage.staysUntilTheNext("Saving matrix.png…")).isTrue();
        assertThat(ExpiringMessage.staysUntilTheNext("Could not save /x/matrix.png: permission denied")).isTrue();
        assertThat(ExpiringMessage.staysUntilTheNext("Saved attention α of 03a01Fa.wav to /x/a.csv")).isFalse();
    }
}
