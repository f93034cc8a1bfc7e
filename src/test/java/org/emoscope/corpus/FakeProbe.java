package org.emoscope.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.emoscope.audio.AudioFormatException;
import org.emoscope.audio.AudioInfo;
import org.emoscope.audio.SampleEncoding;

/**
 * A probe that reads nothing: every file is a one-second 16 kHz mono clip unless told otherwise
 * for its file name.
 */
final class FakeProbe implements AudioProbe {
    private final Map<String, Object> answers = new ConcurrentHashMap<>();

    static AudioInfo info(int sampleRate, double seconds) {
        return new AudioInfo(sampleRate, 1, 16, SampleEncoding.PCM_INTEGER, Math.round(sampleRate * seconds), false);
    }

    FakeProbe answer(String fileName, AudioInfo info) {
        answers.put(fileName, info);
        return this;
    }

    FakeProbe fail(String fileName, AudioFormatException failure) {
        answers.put(fileName, failure);
        return this;
    }

    FakeProbe fail(String fileName, IOException failure) {
        answers.put(fileName, failure);
        return this;
    }

    @Override
    public AudioInfo probe(Path file) throws AudioFormatException, IOException {
        Object answer = answers.getOrDefault(file.getFileName().toString(), info(16_000, 1.0));
        if (answer instanceof AudioFormatException e) {
            throw e;
        }
        if (answer instanceof IOException e) {
            throw e;
        }
        return (AudioInfo) answer;
    }
}
