package org.emoscope.training;

import java.io.IOException;

/** A training file (configuration or label maps) that cannot be read: the message names the source and the problem. */
public class TrainingFormatException extends IOException {
    public TrainingFormatException(String message) {
        super(message);
    }

    public TrainingFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
