package org.emoscope.training.baseline;

/** A fold the baseline cannot be fitted on; the message names the fold and what is wrong. */
public class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }
}
