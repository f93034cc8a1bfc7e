package org.emoscope.ui.results;

/**
 * What the confusion matrix covers: one fold, or all folds pooled.
 *
 * @param foldId the fold, e.g. {@code "emodb:03"}; null for all folds pooled
 * @param label  what the fold chooser shows
 */
public record FoldChoice(String foldId, String label) {

    static FoldChoice pooled(int folds) {
        return new FoldChoice(null, folds == 1 ? "All folds (1 fold)" : "All folds pooled (" + folds + ")");
    }

    static FoldChoice fold(String foldId) {
        return new FoldChoice(foldId, "Fold " + foldId);
    }

    public boolean isPooled() {
        return foldId == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
