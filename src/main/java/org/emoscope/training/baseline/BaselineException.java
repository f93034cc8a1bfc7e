package org.emoscope.training.baseline;

import org.emoscope.io.UserFacing;

/** A fold the baseline cannot be fitted on; the message names the fold and what is wrong. */
public class BaselineException extends Exception implements UserFacing {
    public BaselineException(String message) {
        super(message);
    }
}
