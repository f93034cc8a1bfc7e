package org.emoscope.io;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The Linux desktop's base folders (the XDG Base Directory specification): {@code $XDG_CONFIG_HOME} for settings,
 * {@code $XDG_CACHE_HOME} for what can be rebuilt, each falling back to its folder under the home folder; a relative
 * value is ignored, as the specification says.
 */
public enum XdgDirectory {
    CONFIG("XDG_CONFIG_HOME", ".config"),
    CACHE("XDG_CACHE_HOME", ".cache");

    private final String variable;
    private final String underHome;

    XdgDirectory(String variable, String underHome) {
        this.variable = variable;
        this.underHome = underHome;
    }

    /** Emoscope's folder in it for this user, e.g. {@code ~/.cache/emoscope}. */
    public Path emoscope() {
        return emoscope(System::getProperty, System::getenv);
    }

    /** {@link #emoscope()} with the system properties and environment given, for tests. */
    public Path emoscope(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String configured = environment.apply(variable);
        Path base = configured != null && !configured.isBlank() && Path.of(configured).isAbsolute()
                ? Path.of(configured) : Path.of(properties.apply("user.home"), underHome);
        return base.resolve("emoscope");
    }
}
