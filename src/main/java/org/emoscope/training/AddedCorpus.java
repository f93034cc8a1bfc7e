package org.emoscope.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;

/**
 * A corpus whose clips are added to the training data of every fold, never tested on or used for
 * validation (e.g. German EMO-DB added to English SAVEE).
 *
 * @param folder   the corpus folder, as accepted by {@link org.emoscope.corpus.CorpusReader}; null
 *                 only when read from JSON without one ({@link TrainingConfig#validate()} reports it)
 * @param fraction share of the corpus's clips added, in [0, 1]: {@code round(fraction * clips)} clips
 *                 drawn at random with the run's seed, the same clips in every fold
 */
public record AddedCorpus(Path folder, double fraction) {
    /** The default share: the whole corpus, as in the paper's cross-language runs. */
    public static final double WHOLE = 1.0;

    /** The whole corpus at {@code folder}. */
    public static AddedCorpus whole(Path folder) {
        return new AddedCorpus(folder, WHOLE);
    }

    @JsonCreator
    static AddedCorpus fromJson(@JsonProperty("folder") Path folder, @JsonProperty("fraction") Double fraction) {
        return new AddedCorpus(folder, fraction != null ? fraction : WHOLE);
    }
}
