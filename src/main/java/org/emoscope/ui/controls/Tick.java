package org.emoscope.ui.controls;

/**
 * One labelled axis tick.
 *
 * @param value where it sits, in the axis's own unit (seconds for time; 0..1 of the height, bottom up,
 *              for the mel frequency axis)
 * @param label the text drawn beside it
 */
public record Tick(double value, String label) {
}
