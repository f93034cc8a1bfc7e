package org.emoscope.ui.prefs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the workbench window was laid out: its bounds while not maximised (null: never saved, use the
 * default size), whether it was maximised, the divider positions of its remembered split panes
 * (by key, each a list of fractions in [0, 1]) and the title of the selected tab (null: the
 * first). Immutable; the constructor drops divider lists holding a value outside [0, 1], so a
 * hand-edited file cannot push a divider off its pane.
 */
public record WindowLayout(WindowBounds bounds, boolean maximised, Map<String, List<Double>> dividers,
                           String selectedTab) {
    public static final WindowLayout DEFAULT = new WindowLayout(null, false, Map.of(), null);

    public WindowLayout {
        Map<String, List<Double>> valid = new LinkedHashMap<>();
        if (dividers != null) {
            dividers.forEach((key, positions) -> {
                if (key != null && positions != null && !positions.isEmpty()
                        && positions.stream().allMatch(WindowLayout::isFraction)) {
                    valid.put(key, List.copyOf(positions));
                }
            });
        }
        dividers = Collections.unmodifiableMap(valid);
    }

    private static boolean isFraction(Double position) {
        return position != null && position >= 0 && position <= 1;
    }
}
