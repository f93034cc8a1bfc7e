package org.emoscope.ui.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunModelsTest {
    private final List<Path> loads = new ArrayList<>();
    private final Map<Path, FakeAnalyser> made = new HashMap<>();
    private final RunModels models = new RunModels(file -> {
        loads.add(file);
        FakeAnalyser model = new FakeAnalyser(file.getFileName().toString(), 1f);
        made.put(file, model);
        return model;
    }, 2);

    @Test
    void aModelIsLoadedOnceAndThenServedFromTheCache() throws Exception {
        ClipAnalyser first = models.get(Path.of("fold-a.zip"));
        ClipAnalyser again = models.get(Path.of("fold-a.zip"));

        assertThat(again).isSameAs(first);
        assertThat(loads).containsExactly(Path.of("fold-a.zip"));
    }

    @Test
    void beyondItsCapacityTheLeastRecentlyUsedModelIsClosedAndDropped() throws Exception {
        models.get(Path.of("fold-a.zip"));
        models.get(Path.of("fold-b.zip"));
        models.get(Path.of("fold-a.zip"));

        models.get(Path.of("fold-c.zip"));

        assertThat(made.get(Path.of("fold-b.zip")).closed).isTrue();
        assertThat(made.get(Path.of("fold-a.zip")).closed).isFalse();
        assertThat(models.files()).containsExactly(Path.of("fold-a.zip"), Path.of("fold-c.zip"));
    }

    @Test
    void closingClosesEveryModelHeld() throws Exception {
        models.get(Path.of("fold-a.zip"));
        models.get(Path.of("fold-b.zip"));

        models.close();

        assertThat(made.values()).allMatch(model -> model.closed);
        assertThat(models.files()).isEmpty();
    }

    @Test
    void aModelThatFailsToLoadIsNotCached() {
        RunModels failing = new RunModels(file -> {
            throw new IOException(file + ": not a model saved by a training run");
        }, 2);

        assertThatThrownBy(() -> failing.get(Path.of("notes.zip"))).hasMessageContaining("notes.zip");
        assertThat(failing.files()).isEmpty();
    }
}
