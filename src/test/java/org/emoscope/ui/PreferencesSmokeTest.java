package org.emoscope.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.emoscope.corpus.Clip;
import org.emoscope.ui.corpus.CorpusBrowserView;
import org.emoscope.ui.prefs.PreferencesFile;
import org.emoscope.ui.prefs.WindowBounds;
import org.emoscope.ui.prefs.WindowLayout;
import org.emoscope.ui.prefs.WorkbenchPreferences;
import org.junit.jupiter.api.Test;

/** The workbench comes back as it was left: window, tab, dividers and corpora survive a restart. */
class PreferencesSmokeTest extends WorkbenchTestBase {

    @Test
    void theWindowComesBackAsItWasLeft() throws Exception {
        waitForClips();
        onFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1100);
            stage.setHeight(760);
            corpusSplit().setDividerPositions(0.42);
        });
        selectTab("Results");
        selectTab("Corpus");
        assertThat(onFx(() -> corpusSplit().getDividerPositions()[0])).as("divider after the clip view came back")
                .isCloseTo(0.42, within(0.01));
        selectTab("Results");

        restart();

        assertThat(onFx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())))
                .containsExactly(40.0, 30.0, 1100.0, 760.0);
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getText())).isEqualTo("Results");
        assertThat(onFx(() -> isShown(byId("clip-view", Node.class)))).as("clip view shown in Results").isTrue();
        selectTab("Corpus");
        assertThat(onFx(() -> corpusSplit().getItems())).contains(onFx(() -> byId("clip-pane", Node.class)));
        assertThat(onFx(() -> isShown(byId("clip-view", Node.class)))).as("clip view shown in Corpus").isTrue();
        assertThat(onFx(() -> corpusSplit().getDividerPositions()[0])).isCloseTo(0.42, within(0.01));
    }

    @Test
    void aMaximisedWindowComesBackMaximisedAndKeepsItsNormalSize() throws Exception {
        onFx(() -> {
            stage.setX(60);
            stage.setY(50);
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        onFx(() -> stage.setMaximized(true));

        restart();
        assertThat(onFx(stage::isMaximized)).isTrue();
        close();

        WindowLayout saved = new PreferencesFile(preferencesFile()).read().window();
        assertThat(saved.maximised()).isTrue();
        assertThat(saved.bounds()).isEqualTo(new WindowBounds(60, 50, 1000, 700));
    }

    @Test
    void theCorporaOpenLastTimeOpenAgainInsteadOfTheSamples() throws Exception {
        Path mine = copyOfSampleClips(home.resolve("my-emodb"), "03a01Fa.wav", "03a01Wa.wav");
        close();
        new PreferencesFile(preferencesFile()).write(WorkbenchPreferences.DEFAULT.withCorpora(List.of(mine))
                .withSampleCorpora(false));

        launch();
        waitForClips();

        assertThat(onFx(() -> clipTable().getItems().stream().map(Clip::path).toList()))
                .containsExactlyInAnyOrder(mine.resolve("wav/03a01Fa.wav"), mine.resolve("wav/03a01Wa.wav"));
        close();
        assertThat(new PreferencesFile(preferencesFile()).read().corpora()).containsExactly(mine.resolve("wav"));
    }

    @Test
    void aDamagedPreferencesFileIsShownKeptAndDoesNotCostTheOtherSettings() throws Exception {
        Path mine = copyOfSampleClips(home.resolve("my-emodb"), "03a01Fa.wav");
        close();
        Files.writeString(preferencesFile(), "{\"formatVersion\": 1, \"window\": {\"bounds\": {\"x\": \"left\"}},"
                + " \"corpora\": [\"" + mine.resolve("wav") + "\"]}");

        launch();
        waitForClips();

        String notice = onFx(() -> byId("workbench-notice", javafx.scene.control.Label.class).getText());
        assertThat(notice).contains(preferencesFile().toString()).contains("field \"window\"")
                .contains("The file as found is kept as " + preferencesFile() + ".as-found-");
        waitUntil("the remembered corpus is open", () -> onFx(() -> clipTable().getItems().stream()
                .anyMatch(clip -> clip.path().equals(mine.resolve("wav/03a01Fa.wav")))));
    }

    @Test
    void severalImportProblemsGetRoomToBeReadAndTheDividerToGiveMore() throws Exception {
        Path mine = copyOfSampleClips(home.resolve("with-problems"), "03a01Fa.wav", "03a01Wa.wav");
        for (String bad : List.of("bad1.wav", "bad2.wav", "bad3.wav", "bad4.wav", "bad5.wav")) {
            Files.writeString(mine.resolve("wav").resolve(bad), "not audio");
        }
        close();
        new PreferencesFile(preferencesFile()).write(WorkbenchPreferences.DEFAULT.withCorpora(List.of(mine)));

        launch();
        waitForClips();
        waitUntil("the problem list is open", () -> onFx(() -> byId("import-problems", Node.class).isVisible()));

        SplitPane split = onFx(() -> byId("corpus-split", SplitPane.class));
        Node table = onFx(() -> byId("import-problems", Node.class));
        waitUntil("the problem list shows its header and more than one row",
                () -> onFx(() -> table.getBoundsInLocal().getHeight() > 70),
                () -> onFx(() -> "table " + table.getBoundsInLocal().getHeight() + " px, split " + split.getHeight()
                        + " px, divider " + split.getDividerPositions()[0]));
    }

    /** The split pane that holds the corpus browser. */
    private SplitPane corpusSplit() {
        return robot.from(stage.getScene().getRoot()).lookup(".split-pane")
                .match((SplitPane split) -> split.getItems().stream().anyMatch(CorpusBrowserView.class::isInstance))
                .query();
    }

    private static Path copyOfSampleClips(Path folder, String... names) throws IOException {
        Path wav = Files.createDirectories(folder.resolve("wav"));
        for (String name : names) {
            Files.copy(Path.of("sample-audio/emodb/wav").resolve(name), wav.resolve(name));
        }
        return folder;
    }
}
