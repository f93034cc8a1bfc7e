package org.emoscope.audio;

/**
 * Mono audio as librosa loads it: channels averaged, integer PCM scaled by 2^-(bits-1)
 * (8-bit: (x - 128) / 128).
 *
 * @param samples    mono samples, nominally in [-1, 1)
 * @param sampleRate samples per second
 * @param info       the header of the file it came from
 */
public record DecodedAudio(float[] samples, int sampleRate, AudioInfo info) {
    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
