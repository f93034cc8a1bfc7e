package org.emoscope.training;

import org.emoscope.io.UserFacing;

/** A configuration that cannot be split into folds over the corpora given; the message says why and what to change. */
public class FoldPlanException extends Exception implements UserFacing {
    public FoldPlanException(String message) {
        super(message);
    }
}
