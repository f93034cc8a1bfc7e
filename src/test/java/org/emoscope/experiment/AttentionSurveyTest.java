package org.emoscope.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.emoscope.corpus.BundledSamples;
import org.emoscope.testing.Folders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttentionSurveyTest {
    private static final Path BUNDLED = Path.of(BundledSamples.FOLDER_NAME, BundledSamples.DEMO_RUN_FOLDER);
    @TempDir
    Path runs;

    @Test
    void everyTestClipOfTheDemoRunIsReadByItsFoldModelAndPooled() throws IOException {
        Path demo = DemoRun.installInto(runs, BUNDLED).orElseThrow();

        AttentionSurvey survey = AttentionSurvey.of(RunResults.read(demo), TestRuns.NEVER_CANCELLED);

        int tested = RunResults.read(demo).predictions().orElseThrow().predictions().size();
        assertThat(survey.problems()).isEmpty();
        assertThat(survey.clips()).hasSize(tested);
        assertThat(survey.byEmotion()).extracting(AttentionGroup::name)
                .containsExactly("anger", "boredom", "disgust", "fear", "happiness", "neutral", "sadness");
        assertThat(survey.byEmotion().stream().mapToInt(AttentionGroup::clips).sum()).isEqualTo(tested);
        for (ClipAttention clip : survey.clips()) {
            double sum = 0;
            for (double weight : clip.relativeWeight()) {
                sum += weight;
            }
            assertThat(sum).as("%s: relative weights average 1", clip.clipId())
                    .isCloseTo(clip.relativeWeight().length, within(1e-6));
            assertThat(Arrays.stream(clip.position()).allMatch(t -> t >= 0 && t <= 1)).as("%s: positions in [0, 1]", clip.clipId())
                    .isTrue();
        }
        assertThat(AttentionSurveyCsv.profiles(survey).rows())
                .hasSize(AttentionGroup.PROFILE_BINS * (1 + survey.byEmotion().size() + survey.bySpeaker().size()));
        assertThat(AttentionSurveyCsv.clips(survey).rows()).hasSize(tested);
    }

    @Test
    void aFoldWithoutItsModelAndAMissingClipAreListedAndTheRestGoesOn() throws IOException {
        Path demo = DemoRun.installInto(runs, BUNDLED).orElseThrow();
        RunResults results = RunResults.read(demo);
        String fold = results.predictions().orElseThrow().predictions().get(0).foldId();
        Path corpus = results.testCorpusRoot().orElseThrow();
        String firstClip = results.predictions().orElseThrow().predictions().get(0).clipId();
        // The demo run points at the bundled corpus; a copy lets one clip go missing without touching it.
        Path copy = runs.resolve("corpus");
        Folders.copyTree(corpus, copy);
        Files.delete(copy.resolve(firstClip));
        Files.writeString(demo.resolve("environment.json"),
                Files.readString(demo.resolve("environment.json")).replace(corpus.toString(), copy.toString()));

        AttentionSurvey survey = AttentionSurvey.of(RunResults.read(demo), TestRuns.NEVER_CANCELLED);

        assertThat(survey.problems()).singleElement().asString().contains(firstClip);
        assertThat(survey.clips()).hasSize(results.predictions().orElseThrow().predictions().size() - 1);

        Files.delete(results.modelFor(fold).orElseThrow());
        AttentionSurvey withoutModel = AttentionSurvey.of(RunResults.read(demo), TestRuns.NEVER_CANCELLED);
        assertThat(withoutModel.clips()).isEmpty();
        assertThat(withoutModel.problems()).singleElement().asString().contains("fold " + fold).contains("no model file");
    }
}
