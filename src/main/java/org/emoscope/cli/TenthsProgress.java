package org.emoscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import org.emoscope.task.Progress;

/**
 * A background task's progress on the error stream, one line per tenth done ("{@code  30 % Reading …}"); a task
 * that starts again from 0 (the next of several runs) prints from its first tenth again.
 */
final class TenthsProgress implements Consumer<Progress> {
    private final PrintWriter err;
    private int shownPercent = -1;

    TenthsProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(Progress progress) {
        int percent = (int) Math.floor(progress.fraction() * 10) * 10;
        if (percent > shownPercent || progress.fraction() == 0) {
            shownPercent = percent;
            err.printf(Locale.ROOT, "%3d %% %s%n", percent, progress.message());
        }
    }
}
