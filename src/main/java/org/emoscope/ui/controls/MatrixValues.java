package org.emoscope.ui.controls;

/** What the cells of a {@link ConfusionMatrixView} show. */
public enum MatrixValues {
    /** How many clips fall into the cell. */
    COUNTS("Counts"),
    /** The cell's share of its row, in percent: the diagonal is each class's recall, their mean the UA. */
    ROW_PERCENT("Row % (recall)");

    private final String label;

    MatrixValues(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
