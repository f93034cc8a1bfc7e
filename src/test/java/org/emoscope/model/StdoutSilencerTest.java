package org.emoscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StdoutSilencerTest {

    @Test
    void keepsWhatTheActionPrintsOffStandardOutputAndRestoresIt() {
        PrintStream original = System.out;
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        PrintStream watched = new PrintStream(seen, true, StandardCharsets.UTF_8);
        System.setOut(watched);
        try {
            StdoutSilencer.runSilently(() -> System.out.println("Added differentiated op x"));
            assertThat(System.out).isSameAs(watched);
            System.out.print("after");
        } finally {
            System.setOut(original);
        }
        assertThat(seen.toString(StandardCharsets.UTF_8)).isEqualTo("after");
    }

    @Test
    void restoresStandardOutputWhenTheActionFails() {
        PrintStream before = System.out;
        assertThatThrownBy(() -> StdoutSilencer.runSilently(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(System.out).isSameAs(before);
    }
}
