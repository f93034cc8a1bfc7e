package org.emoscope.training;

/** A configuration that cannot be split into folds over the corpora given; the message says why and what to change. */
public class FoldPlanException extends Exception {
    public FoldPlanException(String message) {
        super(message);
    }
}
