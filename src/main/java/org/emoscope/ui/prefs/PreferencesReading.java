package org.emoscope.ui.prefs;

import java.util.Optional;

/**
 * What reading the preferences file gave: the preferences to use and, when the file was damaged,
 * newer or unreadable, a notice for the window that says what happened and where the file as found
 * is kept.
 */
public record PreferencesReading(WorkbenchPreferences preferences, Optional<String> notice) {
    static PreferencesReading clean(WorkbenchPreferences preferences) {
        return new PreferencesReading(preferences, Optional.empty());
    }
}
