package org.emoscope.ui.results;

/**
 * One headline number of a run, e.g. WA "71.2 %" with "70.1 ± 5.3 % over 10 folds" beneath.
 *
 * @param title  e.g. "WA"
 * @param value  the number, formatted
 * @param detail a line of context; may be empty
 * @param help   what the number means, for a tooltip
 */
public record ScoreCard(String title, String value, String detail, String help) {
}
