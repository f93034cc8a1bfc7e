package org.emoscope.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.Language;

/**
 * Seeded random subsets of clips. The result depends only on the set of clips, the seed and a purpose
 * string (so separate draws of one run are independent), never on the input order: clips are put in
 * {@link #ORDER} first, shuffled with {@link Random} (whose sequence the JDK specifies) and the
 * first ones kept, which are returned in {@link #ORDER}. Stateless.
 */
final class ClipSampler {
    /** Corpus, then path inside it: the order of every clip list of a fold. */
    static final Comparator<Clip> ORDER = Comparator.comparing(Clip::corpus).thenComparing(Clip::relativePath);

    private ClipSampler() {
    }

    /** The number of clips a fraction of {@code size} stands for: {@code round(fraction * size)}, halves up. */
    static int countFor(double fraction, int size) {
        return (int) Math.round(fraction * size);
    }

    /** {@code count} clips of {@code clips} drawn without replacement, in {@link #ORDER}. */
    static List<Clip> sample(List<Clip> clips, int count, long seed, String purpose) {
        if (count < 0 || count > clips.size()) {
            throw new IllegalArgumentException("cannot draw " + count + " of " + clips.size() + " clips");
        }
        List<Clip> shuffled = new ArrayList<>(clips);
        shuffled.sort(ORDER);
        Collections.shuffle(shuffled, new Random(mix(seed, purpose)));
        List<Clip> kept = new ArrayList<>(shuffled.subList(0, count));
        kept.sort(ORDER);
        return List.copyOf(kept);
    }

    /**
     * Cuts every language down to as many clips as the language with the fewest has, each at random,
     * and returns all kept clips in {@link #ORDER}.
     */
    static List<Clip> balanceLanguages(List<Clip> clips, long seed) {
        Map<Language, List<Clip>> byLanguage = new EnumMap<>(Language.class);
        for (Clip clip : clips) {
            byLanguage.computeIfAbsent(clip.language(), l -> new ArrayList<>()).add(clip);
        }
        int smallest = byLanguage.values().stream().mapToInt(List::size).min().orElse(0);
        List<Clip> kept = new ArrayList<>();
        byLanguage.forEach((language, own) ->
                kept.addAll(sample(own, smallest, seed, "balance:" + language.code())));
        kept.sort(ORDER);
        return List.copyOf(kept);
    }

    // Spreads the purpose's hash over all 64 bits so nearby seeds and purposes give unrelated streams.
    private static long mix(long seed, String purpose) {
        long z = seed + 0x9E3779B97F4A7C15L * (purpose.hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
