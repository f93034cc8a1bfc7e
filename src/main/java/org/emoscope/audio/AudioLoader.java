package org.emoscope.audio;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Loads a WAV file as mono floats at a chosen sample rate, like {@code librosa.load(path, sr=...)}.
 * Stateless and thread-safe.
 */
public final class AudioLoader {
    /**
     * Names the decoder and resampler design; anything cached from loaded audio (features) must be
     * keyed by it, so bump it whenever either changes the samples it produces.
     */
    public static final String VERSION = "wav-v1/kaiser84-halfband-polyphase-v1";

    private AudioLoader() {
    }

    /**
     * Decodes {@code file} and resamples it to {@code targetRate} Hz when its own rate differs.
     * The result's {@code info} is the file's original header.
     *
     * @throws AudioFormatException when the file cannot be decoded, or its rate cannot be resampled
     *                              to {@code targetRate}
     * @throws IllegalArgumentException when {@code targetRate} is not positive
     */
    public static DecodedAudio load(Path file, int targetRate) throws AudioFormatException, IOException {
        if (targetRate <= 0) {
            throw new IllegalArgumentException("target sample rate must be positive: " + targetRate);
        }
        DecodedAudio decoded = WavReader.decode(file);
        if (decoded.sampleRate() == targetRate) {
            return decoded;
        }
        Resampler resampler;
        try {
            resampler = Resampler.between(decoded.sampleRate(), targetRate);
        } catch (IllegalArgumentException e) {
            throw new AudioFormatException(file, "cannot resample " + decoded.sampleRate() + " Hz to "
                    + targetRate + " Hz (" + e.getMessage() + ")", e);
        }
        float[] resampled = resampler.resample(decoded.samples());
        return new DecodedAudio(resampled, targetRate, decoded.info());
    }
}
