package org.emoscope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The application version and build facts, written into {@code version.properties} by the build. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        return buildProperty("version");
    }

    /** The ND4J backend this build was made for: "cpu" by default, "gpu" for {@code mvn -Pcuda}. */
    public static String builtBackend() {
        return buildProperty("backend");
    }

    private static String buildProperty(String key) {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(key, "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read version.properties", e);
        }
    }
}
