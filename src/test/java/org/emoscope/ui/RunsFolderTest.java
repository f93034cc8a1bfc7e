package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunsFolderTest {
    private final String before = System.getProperty(RunsFolder.PROPERTY);

    @AfterEach
    void restoreProperty() {
        if (before == null) {
            System.clearProperty(RunsFolder.PROPERTY);
        } else {
            System.setProperty(RunsFolder.PROPERTY, before);
        }
    }

    @Test
    void theSystemPropertyWinsOverTheRememberedFolder() {
        System.setProperty(RunsFolder.PROPERTY, "/from/property");

        assertThat(RunsFolder.locate(Path.of("/remembered"))).isEqualTo(Path.of("/from/property"));
    }

    @Test
    void theRememberedFolderWinsOverTheDefault() {
        System.clearProperty(RunsFolder.PROPERTY);

        assertThat(RunsFolder.locate(Path.of("/remembered"))).isEqualTo(Path.of("/remembered"));
        assertThat(RunsFolder.locate(null)).isEqualTo(Path.of(System.getProperty("user.home"), "emoscope", "runs"));
    }
}
