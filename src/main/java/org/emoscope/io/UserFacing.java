package org.emoscope.io;

/**
 * Marks an exception whose message is meant for the user as it is: it names the file or setting
 * and the problem ("{@code JE/sa03.wav: not a RIFF/WAVE file}"). Such a failure is bad input, not
 * a defect, so it is reported in one line without a stack trace (the trace goes to the log at
 * debug level). Every {@link java.io.IOException} is treated the same way.
 */
public interface UserFacing {
    /** Whether {@code failure} is reported by its message alone. */
    static boolean is(Throwable failure) {
        return (failure instanceof UserFacing || failure instanceof java.io.IOException) && failure.getMessage() != null;
    }
}
