package org.emoscope.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.emoscope.training.TrainingListener;
import org.emoscope.training.TrainingProgress;

/** A one-line progress bar on stderr, redrawn at most every half second. */
final class TrainingProgressBar implements TrainingListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private long lastDraw;
    private boolean drawn;

    TrainingProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(TrainingProgress progress) {
        long now = System.nanoTime();
        if (now - lastDraw < 500_000_000L && progress.batch() != progress.batches()) {
            return;
        }
        lastDraw = now;
        int filled = (int) Math.round(progress.fraction() * WIDTH);
        String eta = progress.eta().map(d -> String.format(Locale.ROOT, " · ETA %d:%02d:%02d",
                d.toHours(), d.toMinutesPart(), d.toSecondsPart())).orElse("");
        String rate = Double.isNaN(progress.samplesPerSecond()) ? ""
                : String.format(Locale.ROOT, " · %.1f clips/s", progress.samplesPerSecond());
        err.printf(Locale.ROOT, "\r[%s%s] %3.0f%% %s%s%s\033[K", "#".repeat(filled), ".".repeat(WIDTH - filled),
                100 * progress.fraction(), progress.toTaskProgress().message(), rate, eta);
        err.flush();
        drawn = true;
    }

    void finish() {
        if (drawn) {
            err.println();
        }
    }
}
