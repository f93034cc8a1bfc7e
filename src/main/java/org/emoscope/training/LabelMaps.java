package org.emoscope.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Speaker;

/**
 * The class lists of a fold's two softmax heads: output index {@code i} of the emotion head means
 * {@code emotions().get(i)}, of the speaker head {@code speakers().get(i)}. Emotions are in
 * {@link Emotion} order, speakers in {@link Speaker} order (corpus, then id). Saved with a model, so
 * its JSON form ({@link #toJson()}) lists emotion labels and speaker keys. Immutable and thread-safe.
 *
 * @param emotions the emotion classes, sorted, without duplicates, not empty
 * @param speakers the speaker classes, sorted, without duplicates, not empty
 */
public record LabelMaps(List<Emotion> emotions, List<Speaker> speakers) {
    public static final int FORMAT_VERSION = 1;

    public LabelMaps {
        emotions = List.copyOf(emotions);
        speakers = List.copyOf(speakers);
        requireSortedAndDistinct(emotions, "emotions");
        requireSortedAndDistinct(speakers, "speakers");
    }

    /** The sorted, distinct classes of the given labels. */
    public static LabelMaps of(Collection<Emotion> emotions, Collection<Speaker> speakers) {
        return new LabelMaps(emotions.stream().distinct().sorted().toList(),
                speakers.stream().distinct().sorted().toList());
    }

    /**
     * The output index of {@code emotion}.
     *
     * @throws IllegalArgumentException when it is not a class of this fold
     */
    public int emotionIndex(Emotion emotion) {
        int index = emotions.indexOf(emotion);
        if (index < 0) {
            throw new IllegalArgumentException("emotion '" + emotion.label() + "' is not one of the classes "
                    + emotionLabels());
        }
        return index;
    }

    /** The output index of {@code speaker}; empty for a speaker not trained on, such as the test speaker. */
    public OptionalInt speakerIndex(Speaker speaker) {
        int index = speakers.indexOf(speaker);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The emotion classes' labels, e.g. {@code "anger"}, in output order: the label list of evaluation reports. */
    public List<String> emotionLabels() {
        return emotions.stream().map(Emotion::label).toList();
    }

    /** The speaker classes' keys, e.g. {@code "savee:DC"}, in output order. */
    public List<String> speakerKeys() {
        return speakers.stream().map(Speaker::key).toList();
    }

    /** JSON: {@code {"formatVersion":1,"emotions":["anger",...],"speakers":["savee:DC",...]}}. */
    public String toJson() {
        try {
            return TrainingJson.MAPPER.writeValueAsString(new Json(FORMAT_VERSION, emotionLabels(), speakerKeys()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write label maps as JSON", e);
        }
    }

    /**
     * Reads {@link #toJson()}'s form back; unknown fields are ignored.
     *
     * @param source names the text in error messages, e.g. the model file
     * @throws TrainingFormatException naming {@code source} and the problem
     */
    public static LabelMaps fromJson(String json, String source) throws TrainingFormatException {
        try {
            Json read = TrainingJson.MAPPER.readValue(json, Json.class);
            if (read.formatVersion() > FORMAT_VERSION) {
                throw new TrainingFormatException(source + ": label maps of format version " + read.formatVersion()
                        + " were written by a newer Emoscope; this one reads up to " + FORMAT_VERSION);
            }
            if (read.emotions() == null || read.speakers() == null) {
                throw new TrainingFormatException(source + ": label maps need both 'emotions' and 'speakers'");
            }
            return new LabelMaps(read.emotions().stream().map(Emotion::fromLabel).toList(),
                    read.speakers().stream().map(Speaker::parse).toList());
        } catch (JsonProcessingException e) {
            throw new TrainingFormatException(source + ": not valid label maps JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new TrainingFormatException(source + ": " + e.getMessage(), e);
        }
    }

    private static <T extends Comparable<? super T>> void requireSortedAndDistinct(List<T> classes, String name) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        for (int i = 1; i < classes.size(); i++) {
            if (classes.get(i - 1).compareTo(classes.get(i)) >= 0) {
                throw new IllegalArgumentException(name + " must be sorted and distinct, but " + classes.get(i - 1)
                        + " comes before " + classes.get(i));
            }
        }
    }

    private record Json(int formatVersion, List<String> emotions, List<String> speakers) {
    }
}
