package org.emoscope.cli;

import org.emoscope.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the application version and the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
                "Emoscope " + AppVersion.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
