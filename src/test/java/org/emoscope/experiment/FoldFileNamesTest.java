package org.emoscope.experiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FoldFileNamesTest {

    @Test
    void replacesTheColonOfCorpusSpeakerIdsWithAnUnderscore() {
        assertThat(FoldFileNames.encode("savee:DC")).isEqualTo("savee_DC");
        assertThat(FoldFileNames.decode("savee_DC")).isEqualTo("savee:DC");
    }

    @Test
    void roundTripsIdsWithUnderscoresTildesSlashesAndNonAsciiLetters() {
        List<String> ids = List.of("a_b", "x~y", "emodb:03", "ü/é\\:*?\"<>|", "..", "a b", "mix:de+en_1");

        for (String id : ids) {
            String name = FoldFileNames.encode(id);
            assertThat(name).matches("[A-Za-z0-9._~-]+");
            assertThat(FoldFileNames.decode(name)).isEqualTo(id);
        }
        assertThat(FoldFileNames.encode("a_b")).isEqualTo("a~5Fb");
    }

    @Test
    void rejectsNamesItDidNotMake() {
        assertThatThrownBy(() -> FoldFileNames.decode("a~zz")).hasMessageContaining("a~zz");
        assertThatThrownBy(() -> FoldFileNames.decode("a b")).hasMessageContaining("index 1");
        assertThatThrownBy(() -> FoldFileNames.encode("")).isInstanceOf(IllegalArgumentException.class);
    }
}
