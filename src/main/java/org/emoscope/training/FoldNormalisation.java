package org.emoscope.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.emoscope.corpus.Clip;
import org.emoscope.features.FeatureNormaliser;
import org.emoscope.features.FrameFitter;
import org.emoscope.features.NormalisationStats;

/**
 * How one fold turns a clip's natural-length log-Mel into network input: per-band standardisation
 * ({@link Normalisation}), then cut/pad to {@code frames} frames. Saved with every model so inference
 * prepares clips exactly as training did. Immutable; files written before the choice existed read as
 * {@link Normalisation#TRAINING_FOLD} without masking.
 *
 * @param stats        per-band statistics of the fold's training clips; always present: they standardise
 *                     every clip under {@code TRAINING_FOLD}, and a clip of an unknown speaker under
 *                     {@code PER_SPEAKER}
 * @param frames       frames every clip is cut or padded to
 * @param padValue     the value of padded frames (after standardisation)
 * @param normalisation which statistics standardise a clip
 * @param speakerStats per speaker key, that speaker's own statistics (fold's training, validation and test
 *                     speakers) under {@code PER_SPEAKER}; empty otherwise
 * @param maskPadding  whether the network ignores padded frames ({@link PreparedClip#frames()} is then the
 *                     clip's real length); without it padding is input like audio, as in the paper
 */
public record FoldNormalisation(NormalisationStats stats, int frames, float padValue, Normalisation normalisation,
                                Map<String, NormalisationStats> speakerStats, boolean maskPadding) {

    public FoldNormalisation {
        normalisation = normalisation == null ? Normalisation.TRAINING_FOLD : normalisation;
        speakerStats = speakerStats == null ? Map.of() : Map.copyOf(new TreeMap<>(speakerStats));
    }

    /** The paper's preparation: training-fold statistics, padding not masked. */
    public FoldNormalisation(NormalisationStats stats, int frames, float padValue) {
        this(stats, frames, padValue, Normalisation.TRAINING_FOLD, Map.of(), false);
    }

    /**
     * The preparation of a fold: training-fold statistics from {@code training}, and under
     * {@link Normalisation#PER_SPEAKER} each speaker's statistics from all of its clips in {@code foldClips}
     * (training, validation and test: the test speaker's unlabelled audio).
     *
     * @param logMels natural-length log-Mel of every clip named
     */
    public static FoldNormalisation fit(Normalisation normalisation, List<Clip> training, Collection<Clip> foldClips,
                                        Map<Clip, float[][]> logMels, int frames, float padValue, boolean maskPadding) {
        NormalisationStats pooled = FeatureNormaliser.fit(training.stream().map(logMels::get).toList());
        Map<String, NormalisationStats> perSpeaker = new TreeMap<>();
        if (normalisation == Normalisation.PER_SPEAKER) {
            Map<String, List<float[][]>> bySpeaker = new TreeMap<>();
            for (Clip clip : foldClips) {
                bySpeaker.computeIfAbsent(clip.speaker().key(), key -> new ArrayList<>()).add(logMels.get(clip));
            }
            bySpeaker.forEach((speaker, clips) -> perSpeaker.put(speaker, FeatureNormaliser.fit(clips)));
        }
        return new FoldNormalisation(pooled, frames, padValue, normalisation, perSpeaker, maskPadding);
    }

    /**
     * The network input of one clip.
     *
     * @param speakerKey the clip's speaker (e.g. {@code "emodb:03"}), used under {@link Normalisation#PER_SPEAKER};
     *                   a speaker without statistics of its own is standardised with the training-fold ones
     */
    public PreparedClip prepare(float[][] logMel, Optional<String> speakerKey) {
        float[][] standardised = standardise(logMel, speakerKey);
        int length = logMel.length == 0 ? 0 : logMel[0].length;
        int real = maskPadding ? Math.max(1, Math.min(length, frames)) : frames;
        return new PreparedClip(FrameFitter.fit(standardised, frames, padValue), real);
    }

    /** The clip's log-Mel standardised as {@link #prepare} does it, at its natural length (not cut or padded). */
    public float[][] standardise(float[][] logMel, Optional<String> speakerKey) {
        return FeatureNormaliser.apply(statsFor(logMel, speakerKey), logMel);
    }

    /** Whether a clip of {@code speakerKey} gets statistics of its own speaker (and not the training fold's). */
    public boolean hasOwnStatistics(Optional<String> speakerKey) {
        return switch (normalisation) {
            case TRAINING_FOLD -> false;
            case PER_UTTERANCE -> true;
            case PER_SPEAKER -> speakerKey.map(speakerStats::containsKey).orElse(false);
        };
    }

    private NormalisationStats statsFor(float[][] logMel, Optional<String> speakerKey) {
        return switch (normalisation) {
            case TRAINING_FOLD -> stats;
            case PER_UTTERANCE -> FeatureNormaliser.fit(List.<float[][]>of(logMel));
            case PER_SPEAKER -> speakerKey.map(speakerStats::get).orElse(stats);
        };
    }
}
