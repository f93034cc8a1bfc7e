package org.emoscope.ui.clip;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.emoscope.features.ProsodyContour;
import org.emoscope.ui.controls.AttentionTrack;

/**
 * A clip's prosody as CSV: {@code time_s,f0_hz,voiced,energy_db,alpha}, one row per 10-ms frame of the contour,
 * CRLF line ends (RFC 4180, as the run files). {@code f0_hz} is empty on unvoiced frames; {@code alpha} is the
 * weight of the attention step drawn at that time (the cell of {@link AttentionTrack#stepAt}), so α can be set
 * against loudness and pitch frame by frame, and empty without a model reading. Seconds have three decimals,
 * Hz and dB two. Stateless.
 */
final class ProsodyCsv {
    static final String HEADER = "time_s,f0_hz,voiced,energy_db,alpha";

    private ProsodyCsv() {
    }

    static String format(ProsodyContour contour, Optional<AttentionTrack> attention) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int frame = 0; frame < contour.frames(); frame++) {
            double seconds = contour.seconds(frame);
            String f0 = contour.voiced(frame) ? String.format(Locale.ROOT, "%.2f", contour.f0Hz()[frame]) : "";
            String alpha = attention.map(track -> weightAt(track, seconds)).orElse("");
            csv.append(String.format(Locale.ROOT, "%.3f,%s,%b,%.2f,%s\r\n", seconds, f0, contour.voiced(frame),
                    contour.energyDb()[frame], alpha));
        }
        return csv.toString();
    }

    private static String weightAt(AttentionTrack track, double seconds) {
        OptionalInt step = track.stepAt(seconds);
        return step.isPresent() ? Float.toString(track.weights()[step.getAsInt()]) : "";
    }
}
