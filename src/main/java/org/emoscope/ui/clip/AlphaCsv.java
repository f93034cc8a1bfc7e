package org.emoscope.ui.clip;

import java.util.Locale;
import org.emoscope.ui.controls.AttentionTrack;

/**
 * A clip's local-attention weights α as CSV: {@code step,start_s,end_s,alpha,padding}, one row per step of
 * the network, CRLF line ends (RFC 4180, as the run files). A step's times are the hop-wide cell
 * the attention strip draws it over (see {@link AttentionTrack}), so the cells tile the clip and α
 * can be summed over a stretch of time; steps centred on the padding after the clip have
 * {@code start_s == end_s ==} the clip's end and {@code padding} true (a model that masks padding gives them
 * exactly 0), and every step is listed, so α sums to 1. Seconds
 * have four decimals (a tenth of a millisecond), α is the model's float exactly. Stateless.
 */
final class AlphaCsv {
    static final String HEADER = "step,start_s,end_s,alpha,padding";

    private AlphaCsv() {
    }

    static String format(AttentionTrack track) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (int step = 0; step < track.steps(); step++) {
            csv.append(String.format(Locale.ROOT, "%d,%.4f,%.4f,%s,%b\r\n", step, track.cellStart()[step],
                    track.cellEnd()[step], Float.toString(track.weights()[step]),
                    !(track.cellEnd()[step] > track.cellStart()[step])));
        }
        return csv.toString();
    }
}
