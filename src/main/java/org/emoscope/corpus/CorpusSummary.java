package org.emoscope.corpus;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Counts of a corpus at a glance. Maps iterate in a fixed order so that anything written from them
 * is stable: emotions in {@link Emotion} order, speakers by {@link Speaker} order, sample rates
 * ascending; only values that occur are present. Immutable.
 *
 * @param corpus      which corpus
 * @param clips       number of clips
 * @param byEmotion   clips per emotion
 * @param bySpeaker   clips per speaker
 * @param seconds     total duration of all clips
 * @param sampleRates clips per sample rate in Hz
 * @param problems    the corpus's problems, in its order
 */
public record CorpusSummary(CorpusKind corpus, int clips, Map<Emotion, Integer> byEmotion,
                            Map<Speaker, Integer> bySpeaker, double seconds,
                            Map<Integer, Integer> sampleRates, List<CorpusProblem> problems) {

    public CorpusSummary {
        Objects.requireNonNull(corpus, "corpus");
        byEmotion = Collections.unmodifiableMap(new LinkedHashMap<>(byEmotion));
        bySpeaker = Collections.unmodifiableMap(new LinkedHashMap<>(bySpeaker));
        sampleRates = Collections.unmodifiableMap(new LinkedHashMap<>(sampleRates));
        problems = List.copyOf(problems);
    }

    /** Summarises a corpus. */
    public static CorpusSummary of(Corpus corpus) {
        List<Clip> clips = corpus.clips();
        double seconds = 0;
        for (Clip clip : clips) {
            seconds += clip.seconds();
        }
        return new CorpusSummary(corpus.kind(), clips.size(),
                count(clips, Clip::emotion, new EnumMap<>(Emotion.class)),
                count(clips, Clip::speaker, new TreeMap<>()),
                seconds,
                count(clips, Clip::sampleRate, new TreeMap<>()),
                corpus.problems());
    }

    private static <K> Map<K, Integer> count(List<Clip> clips, Function<Clip, K> key, Map<K, Integer> counts) {
        for (Clip clip : clips) {
            counts.merge(key.apply(clip), 1, Integer::sum);
        }
        return counts;
    }
}
