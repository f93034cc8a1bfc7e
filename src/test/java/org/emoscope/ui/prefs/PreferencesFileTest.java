package org.emoscope.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class PreferencesFileTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final LogCapture log = new LogCapture(PreferencesFile.class);

    private static final WorkbenchPreferences FULL = new WorkbenchPreferences(
            new WindowLayout(new WindowBounds(40, 30.5, 1000, 700), true,
                    Map.of("corpus", List.of(0.42), "results", List.of(0.25, 0.75)), "Results"),
            List.of(Path.of("/data/SAVEE/AudioData"), Path.of("/data/Emo DB/wav ü")),
            Path.of("/home/me/emoscope/runs/2024-05-01T10:15 compact"), Path.of("/srv/runs"));

    private Path file() {
        return dir.resolve("emoscope").resolve("preferences.json");
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        PreferencesFile preferences = new PreferencesFile(file());

        preferences.write(FULL);

        assertThat(preferences.read()).isEqualTo(FULL);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void writesAFormatVersionFirstAndPathsAsPlainText() throws IOException {
        new PreferencesFile(file()).write(FULL);

        String json = Files.readString(file());
        assertThat(json).startsWith("{\n  \"formatVersion\" : 1,");
        assertThat(json).contains("\"/data/Emo DB/wav ü\"").doesNotContain("file:");
    }

    @Test
    void withoutAFileTheDefaultsApplySilently() {
        assertThat(new PreferencesFile(file()).read()).isEqualTo(WorkbenchPreferences.DEFAULT);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void ignoresUnknownFieldsAndDefaultsMissingOnes() throws IOException {
        write("""
                {"formatVersion": 1, "theme": "dark",
                 "window": {"selectedTab": "Training", "zoom": 2, "bounds": {"x": 10, "y": 20, "width": 900, "height": 600}},
                 "corpora": ["/data/savee", null]}
                """);

        WorkbenchPreferences read = new PreferencesFile(file()).read();

        assertThat(read.window()).isEqualTo(new WindowLayout(new WindowBounds(10, 20, 900, 600), false, Map.of(), "Training"));
        assertThat(read.corpora()).containsExactly(Path.of("/data/savee"));
        assertThat(read.lastRun()).isNull();
        assertThat(read.runsFolder()).isNull();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void readsAFileWithoutAFormatVersion() throws IOException {
        write("{\"lastRun\": \"/runs/a\"}");

        assertThat(new PreferencesFile(file()).read().lastRun()).isEqualTo(Path.of("/runs/a"));
    }

    @Test
    void readsWhatItKnowsOfANewerFormatSaysSoAndKeepsTheRestForTheNextSave() throws IOException {
        write("{\"formatVersion\": 7, \"runsFolder\": \"/srv/runs\", \"workspaces\": [1, 2]}");
        PreferencesFile preferences = new PreferencesFile(file());

        PreferencesReading reading = preferences.readReporting();
        preferences.write(reading.preferences().withLastRun(Path.of("/srv/runs/a")));

        assertThat(reading.preferences().runsFolder()).isEqualTo(Path.of("/srv/runs"));
        assertThat(reading.notice()).get().asString().contains(file().toString()).contains("format version 7");
        assertThat(log.warnings()).singleElement().asString()
                .contains(file().toString()).contains("format version 7");
        assertThat(Files.readString(file())).contains("\"workspaces\" : [ 1, 2 ]").contains("/srv/runs/a");
        assertThat(keptCopies()).singleElement().satisfies(copy ->
                assertThat(copy).hasContent("{\"formatVersion\": 7, \"runsFolder\": \"/srv/runs\", \"workspaces\": [1, 2]}"));
    }

    @Test
    void aFieldOfTheWrongKindCostsOnlyThatFieldAndTheFileIsKeptAsFound() throws IOException {
        String damaged = "{\"window\": {\"bounds\": {\"x\": \"left\"}}, \"corpora\": [\"/data/savee\", 3],"
                + " \"runsFolder\": \"/srv/runs\"}";
        write(damaged);
        PreferencesFile preferences = new PreferencesFile(file());

        PreferencesReading reading = preferences.readReporting();
        preferences.write(reading.preferences());

        assertThat(reading.preferences()).isEqualTo(new WorkbenchPreferences(null, List.of(Path.of("/data/savee")),
                null, Path.of("/srv/runs")));
        assertThat(reading.notice()).get().asString().contains(file().toString())
                .contains("field \"window\" has a value of the wrong kind")
                .contains("field \"corpora\" holds 3").contains("The file as found is kept as ");
        assertThat(keptCopies()).singleElement().satisfies(copy -> {
            assertThat(copy).hasContent(damaged);
            assertThat(reading.notice().get()).contains(copy.toString());
        });
    }

    @Test
    void aFileThatCannotBeReadIsNeverOverwritten() throws IOException {
        Files.createDirectories(file()); // something at the file's place that cannot be read as a file
        PreferencesFile preferences = new PreferencesFile(file());

        PreferencesReading reading = preferences.readReporting();

        assertThat(reading.preferences()).isEqualTo(WorkbenchPreferences.DEFAULT);
        assertThat(reading.notice()).get().asString().contains("cannot be read").contains("left as it is");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> preferences.write(FULL))
                .hasMessage(file() + " is not overwritten: it could not be read or kept when the workbench started");
    }

    private List<Path> keptCopies() throws IOException {
        try (Stream<Path> files = Files.list(file().getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith("preferences.json.as-found-")).toList();
        }
    }

    @Test
    void dropsDividerPositionsOutsideTheirPane() throws IOException {
        write("{\"window\": {\"dividers\": {\"corpus\": [1.5], \"results\": [0.3], \"clip\": []}}}");

        assertThat(new PreferencesFile(file()).read().window().dividers()).isEqualTo(Map.of("results", List.of(0.3)));
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndAWarningNamingFileAndProblem() throws IOException {
        write("{\"formatVersion\": 1, \"corpora\": [\"/data/sav");

        assertThat(new PreferencesFile(file()).read()).isEqualTo(WorkbenchPreferences.DEFAULT);
        assertThat(log.warnings()).singleElement().asString()
                .contains(file().toString()).contains("is damaged").contains("end-of-input");
        assertThat(keptCopies()).singleElement().satisfies(copy ->
                assertThat(copy).hasContent("{\"formatVersion\": 1, \"corpora\": [\"/data/sav"));
    }

    @Test
    void valuesOfTheWrongKindCountAsDamage() throws IOException {
        write("{\"window\": {\"bounds\": {\"x\": \"left\"}}}");

        assertThat(new PreferencesFile(file()).read()).isEqualTo(WorkbenchPreferences.DEFAULT);
        assertThat(log.warnings()).anySatisfy(warning -> assertThat(warning).asString()
                .contains(file().toString()).contains("\"window\"").contains("left"));
    }

    @Test
    void somethingOtherThanAnObjectGivesTheDefaults() throws IOException {
        write("[\"/data/savee\"]");

        assertThat(new PreferencesFile(file()).read()).isEqualTo(WorkbenchPreferences.DEFAULT);
        assertThat(log.warnings()).singleElement().asString()
                .contains(file().toString()).contains("is not a JSON object");
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws IOException {
        Files.createDirectories(file());

        assertThat(new PreferencesFile(file()).read()).isEqualTo(WorkbenchPreferences.DEFAULT);
        assertThat(log.warnings()).singleElement().asString()
                .contains(file().toString()).contains("cannot be read");
    }

    @Test
    void replacesTheFileWholeSoAReaderNeverSeesAMix() throws Exception {
        PreferencesFile preferences = new PreferencesFile(file());
        WorkbenchPreferences other = WorkbenchPreferences.DEFAULT.withRunsFolder(Path.of("/elsewhere"));
        preferences.write(FULL);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<WorkbenchPreferences> unexpected = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                WorkbenchPreferences read = preferences.read();
                if (!read.equals(FULL) && !read.equals(other)) {
                    unexpected.add(read);
                }
                reads.incrementAndGet();
            }
        });
        reader.start();
        for (int i = 0; i < 200; i++) {
            preferences.write(i % 2 == 0 ? other : FULL);
        }
        writing.set(false);
        reader.join();

        assertThat(reads).hasPositiveValue();
        assertThat(unexpected).isEmpty();
        assertThat(log.warnings()).isEmpty();
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void theSystemPropertyWinsOverTheXdgFolderWhichWinsOverHome() {
        Map<String, String> properties = Map.of("user.home", "/home/me", PreferencesFile.PROPERTY, "custom/prefs.json");
        Map<String, String> xdg = Map.of("XDG_CONFIG_HOME", "/xdg");

        assertThat(PreferencesFile.locate(properties::get, xdg::get)).isEqualTo(Path.of("custom/prefs.json").toAbsolutePath());
        assertThat(PreferencesFile.locate(Map.of("user.home", "/home/me")::get, xdg::get))
                .isEqualTo(Path.of("/xdg/emoscope/preferences.json"));
        assertThat(PreferencesFile.locate(Map.of("user.home", "/home/me")::get, Map.<String, String>of()::get))
                .isEqualTo(Path.of("/home/me/.config/emoscope/preferences.json"));
    }

    @Test
    void aRelativeOrBlankXdgFolderIsIgnored() {
        Map<String, String> properties = Map.of("user.home", "/home/me", PreferencesFile.PROPERTY, " ");

        assertThat(PreferencesFile.locate(properties::get, Map.of("XDG_CONFIG_HOME", "config")::get))
                .isEqualTo(Path.of("/home/me/.config/emoscope/preferences.json"));
        assertThat(PreferencesFile.locate(properties::get, Map.of("XDG_CONFIG_HOME", "")::get))
                .isEqualTo(Path.of("/home/me/.config/emoscope/preferences.json"));
    }

    private void write(String json) throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), json);
    }
}
