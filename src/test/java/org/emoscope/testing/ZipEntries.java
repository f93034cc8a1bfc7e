package org.emoscope.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Damages model files for tests: a copy of a zip with some entries' bytes replaced. */
public final class ZipEntries {
    private ZipEntries() {
    }

    /** Copies {@code from} to {@code to}, writing {@code replaced} bytes for the entries it names. */
    public static Path copyReplacing(Path from, Path to, Map<String, byte[]> replaced) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(replaced.containsKey(entry.getName()) ? replaced.get(entry.getName())
                        : zip.getInputStream(entry).readAllBytes());
                copy.closeEntry();
            }
        }
        return to;
    }
}
