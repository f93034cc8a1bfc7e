package org.emoscope.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One labelled utterance of a corpus.
 *
 * @param path         the WAV file, absolute
 * @param relativePath the file relative to the corpus root, '/'-separated on every platform, for
 *                     display and JSON, e.g. {@code "DC/sa03.wav"}
 * @param corpus       the corpus it belongs to
 * @param language     the spoken language, always the corpus's
 * @param speaker      who speaks, a speaker of {@code corpus}
 * @param emotion      the acted emotion
 * @param textId       which sentence is spoken: SAVEE's code and number ({@code "sa03"}, repeated across
 *                     speakers), EMO-DB's 3-character text code ({@code "a01"})
 * @param seconds      duration of the audio present in the file
 * @param sampleRate   the file's sample rate in Hz
 */
public record Clip(Path path, String relativePath, CorpusKind corpus, Language language, Speaker speaker,
                   Emotion emotion, String textId, double seconds, int sampleRate) {

    public Clip {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(emotion, "emotion");
        Objects.requireNonNull(textId, "textId");
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException(path + ": clip path must be absolute");
        }
        if (language != corpus.language()) {
            throw new IllegalArgumentException(relativePath + ": language " + language.code()
                    + " is not the language of " + corpus.displayName());
        }
        if (speaker.corpus() != corpus) {
            throw new IllegalArgumentException(relativePath + ": speaker " + speaker + " is not a "
                    + corpus.displayName() + " speaker");
        }
        if (!(seconds >= 0) || sampleRate <= 0) {
            throw new IllegalArgumentException(relativePath + ": invalid duration " + seconds
                    + " s or sample rate " + sampleRate + " Hz");
        }
    }

    /** The folder of the corpus the clip belongs to: {@link #path} without {@link #relativePath}. */
    public Path corpusRoot() {
        Path root = path;
        for (int i = 0; i < relativePath.split("/").length; i++) {
            root = root.getParent();
        }
        return root;
    }
}
