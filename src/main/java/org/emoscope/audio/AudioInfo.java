package org.emoscope.audio;

import java.util.Locale;
import java.util.Optional;

/**
 * What a WAV header says about a file, read without decoding the samples.
 *
 * @param sampleRate  frames per second
 * @param channels    interleaved channels
 * @param bitsPerSample bits of one sample of one channel
 * @param encoding    how samples are stored
 * @param frames      frames actually present in the file (less than declared when truncated)
 * @param truncated   true when the data chunk declares more bytes than the file holds
 */
public record AudioInfo(int sampleRate, int channels, int bitsPerSample, SampleEncoding encoding,
                        long frames, boolean truncated) {

    /** For a truncated file, what to tell the user: its audio is used as far as it goes. */
    public Optional<String> truncationNote() {
        return truncated ? Optional.of(String.format(Locale.ROOT,
                "truncated: the file ends before its data chunk does; %.2f s of audio present", seconds()))
                : Optional.empty();
    }

    /** Duration in seconds of the frames present. */
    public double seconds() {
        return frames / (double) sampleRate;
    }
}
