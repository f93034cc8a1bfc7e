package org.emoscope.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XdgDirectoryTest {
    private static final Map<String, String> PROPERTIES = Map.of("user.home", "/home/ana");

    @Test
    void theDesktopsFoldersWinOverTheHomeFolderUnlessRelative() {
        assertThat(XdgDirectory.CACHE.emoscope(PROPERTIES::get, Map.of("XDG_CACHE_HOME", "/fast/cache")::get))
                .isEqualTo(Path.of("/fast/cache/emoscope"));
        assertThat(XdgDirectory.CACHE.emoscope(PROPERTIES::get, Map.<String, String>of()::get))
                .isEqualTo(Path.of("/home/ana/.cache/emoscope"));
        assertThat(XdgDirectory.CONFIG.emoscope(PROPERTIES::get, Map.of("XDG_CONFIG_HOME", "relative/conf")::get))
                .as("a relative value is ignored").isEqualTo(Path.of("/home/ana/.config/emoscope"));
        assertThat(XdgDirectory.CONFIG.emoscope(PROPERTIES::get, Map.of("XDG_CONFIG_HOME", "/etc/ana")::get))
                .isEqualTo(Path.of("/etc/ana/emoscope"));
    }
}
