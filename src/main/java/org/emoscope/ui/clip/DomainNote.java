package org.emoscope.ui.clip;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.emoscope.corpus.Clip;
import org.emoscope.corpus.CorpusKind;
import org.emoscope.corpus.Emotion;
import org.emoscope.corpus.Speaker;

/**
 * Says when a model reads a clip unlike those it learnt from: another corpus and language (the
 * model's speaker classes name its corpora), or a labelled emotion that is none of its classes, so
 * that a confident prediction is not taken at face value. Stateless.
 */
final class DomainNote {
    private DomainNote() {
    }

    /**
     * @param speakerClasses the model's speaker keys, e.g. {@code "emodb:08"}: the corpora it was trained on
     * @return the note, or empty when the clip is of the kind the model knows
     */
    static Optional<String> of(Clip clip, List<Emotion> emotionClasses, List<String> speakerClasses) {
        Set<CorpusKind> trainedOn = new LinkedHashSet<>();
        for (String key : speakerClasses) {
            try {
                trainedOn.add(Speaker.parse(key).corpus());
            } catch (IllegalArgumentException e) {
                // A speaker key of an unknown corpus says nothing about the domain.
            }
        }
        List<String> notes = new ArrayList<>();
        if (!trainedOn.isEmpty() && !trainedOn.contains(clip.corpus())) {
            notes.add(String.format(Locale.ROOT, "the model learnt from %s; this clip is %s (%s)",
                    trainedOn.stream().map(kind -> kind.displayName() + " (" + kind.language().code() + ")")
                            .collect(Collectors.joining(", ")),
                    clip.corpus().displayName(), clip.language().code()));
        }
        if (!emotionClasses.contains(clip.emotion())) {
            notes.add("its label, " + clip.emotion().label() + ", is none of the model's classes");
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of("Out of domain: " + String.join("; ", notes));
    }
}
