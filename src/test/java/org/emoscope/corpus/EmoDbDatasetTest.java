package org.emoscope.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.emoscope.testing.SharedData;

/**
 * The shared 2-second EMO-DB subset ({@code emoscope.data}/emodb-2s, set by Surefire); skipped when
 * it is not there. Uses the production probe, so it needs the audio package's WavReader.
 */
@Tag("needs-wav-reader")
class EmoDbDatasetTest {

    @Test
    void readsAllClipsOfSharedEmoDbSubsetWithoutProblems() throws Exception {
        Path folder = SharedData.require("emodb-2s");

        CorpusSummary summary = CorpusSummary.of(new CorpusReader().read(folder));

        assertThat(summary.corpus()).isEqualTo(CorpusKind.EMODB);
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.clips()).isEqualTo(535);
        assertThat(summary.bySpeaker()).hasSize(10).containsOnlyKeys(
                Speaker.parse("emodb:03"), Speaker.parse("emodb:08"), Speaker.parse("emodb:09"), Speaker.parse("emodb:10"),
                Speaker.parse("emodb:11"), Speaker.parse("emodb:12"), Speaker.parse("emodb:13"), Speaker.parse("emodb:14"),
                Speaker.parse("emodb:15"), Speaker.parse("emodb:16"));
        assertThat(summary.byEmotion()).containsExactly(
                entry(Emotion.ANGER, 127), entry(Emotion.BOREDOM, 81), entry(Emotion.DISGUST, 46),
                entry(Emotion.FEAR, 69), entry(Emotion.HAPPINESS, 71), entry(Emotion.NEUTRAL, 79),
                entry(Emotion.SADNESS, 62));
        assertThat(summary.sampleRates()).containsExactly(entry(22_050, 535));
        // Every clip of the subset is cut to exactly 2 s.
        assertThat(summary.seconds()).isCloseTo(1070.0, within(1e-9));
    }
}
