package org.emoscope.ui.clip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.emoscope.corpus.Emotion;
import org.emoscope.training.ClipAnalysis;

/**
 * What the clip view says of the model's reading of the shown clip: the prediction beside the label, a note when
 * the model is out of its domain, the emotion probabilities and the speaker head's top speakers; or a run's
 * recorded prediction when its model has no network (a baseline's). FX thread only.
 */
final class ClipReadout {
    /** The speaker chart shows at most this many speakers (and the true one after them). */
    static final int TOP_SPEAKERS = 5;

    private final ReadOnlyStringWrapper predictionSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper domainNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speakerNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper speakerTitle = new ReadOnlyStringWrapper("Speaker");
    private final ObservableList<EmotionProbability> probabilities = FXCollections.observableArrayList();
    // One wrapper for everyone: a wrapper made per call listens weakly and can be collected with its listeners.
    private final ObservableList<EmotionProbability> readOnlyProbabilities =
            FXCollections.unmodifiableObservableList(probabilities);
    private final ObservableList<SpeakerProbability> speakers = FXCollections.observableArrayList();
    private final ObservableList<SpeakerProbability> readOnlySpeakers = FXCollections.unmodifiableObservableList(speakers);


    /** Shows what {@code choice} read of {@code shown}; null shows nothing. */
    void show(ClipContent shown, ModelChoice choice) {
        List<EmotionProbability> bars = new ArrayList<>();
        domainNote.set(shown == null || shown.prediction().isEmpty() ? "" : DomainNote.of(shown.clip(),
                shown.prediction().get().analysis().emotions(), shown.prediction().get().analysis().speakers()).orElse(""));
        if (shown == null) {
            predictionSummary.set("");
        } else if (shown.prediction().isEmpty() && choice instanceof ModelChoice.RecordedPrediction recorded
                && recorded.prediction().probabilities().length == recorded.labels().size()) {
            describeRecorded(shown, recorded, bars);
        } else if (shown.prediction().isEmpty()) {
            predictionSummary.set("Labelled " + shown.clip().emotion().label());
        } else {
            ClipAnalysis analysis = shown.prediction().get().analysis();
            Emotion predicted = analysis.predictedEmotion();
            Emotion labelled = shown.clip().emotion();
            for (int i = 0; i < analysis.emotions().size(); i++) {
                Emotion emotion = analysis.emotions().get(i);
                bars.add(new EmotionProbability(emotion, analysis.emotionProbabilities()[i],
                        emotion == predicted, emotion == labelled));
            }
            double probability = bars.stream().filter(EmotionProbability::predicted).findFirst()
                    .orElseThrow().probability();
            predictionSummary.set(PredictionLine.of(predicted, probability, labelled));
        }
        probabilities.setAll(bars);
        describeSpeakers(shown);
    }

    /** The bars and summary of a run's recorded prediction (a baseline's): no speaker head, no attention. */
    private void describeRecorded(ClipContent shown, ModelChoice.RecordedPrediction recorded,
                                  List<EmotionProbability> bars) {
        double[] p = recorded.prediction().probabilities();
        Emotion labelled = shown.clip().emotion();
        Emotion predicted = Emotion.fromLabel(recorded.labels().get(recorded.prediction().predictedClass()));
        for (int i = 0; i < p.length; i++) {
            Emotion emotion = Emotion.fromLabel(recorded.labels().get(i));
            bars.add(new EmotionProbability(emotion, p[i], emotion == predicted, emotion == labelled));
        }
        predictionSummary.set(PredictionLine.of(predicted, p[recorded.prediction().predictedClass()], labelled));
    }

    /**
     * The speaker head's {@link #TOP_SPEAKERS} most probable speakers, most probable first, and the
     * true speaker after them when the head knows them but ranks them lower.
     */
    private void describeSpeakers(ClipContent shown) {
        Optional<ClipPrediction> prediction = shown == null ? Optional.empty() : shown.prediction();
        if (prediction.isEmpty() || !prediction.get().speakerHead()) {
            speakers.clear();
            speakerNote.set(prediction.isPresent() ? "This model's speaker head was not trained (θ = 0)" : "");
            return;
        }
        ClipAnalysis analysis = prediction.get().analysis();
        float[] p = analysis.speakerProbabilities();
        String speaking = shown.clip().speaker().key();
        int trueIndex = analysis.speakers().indexOf(speaking);
        List<Integer> ranked = IntStream.range(0, p.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> p[i]).reversed()).toList();
        List<Integer> shownIndices = new ArrayList<>(ranked.subList(0, Math.min(TOP_SPEAKERS, ranked.size())));
        if (trueIndex >= 0 && !shownIndices.contains(trueIndex)) {
            shownIndices.add(trueIndex);
        }
        int predicted = ranked.get(0);
        speakerTitle.set(p.length > TOP_SPEAKERS ? "Speaker (top " + TOP_SPEAKERS + " of " + p.length + ")" : "Speaker");
        speakers.setAll(shownIndices.stream().map(i -> new SpeakerProbability(analysis.speakers().get(i), p[i],
                i == predicted, i == trueIndex)).toList());
        speakerNote.set(trueIndex >= 0 ? "" : "True speaker " + speaking + " was held out: not a class of this head");
    }

    ReadOnlyStringProperty predictionSummaryProperty() {
        return predictionSummary.getReadOnlyProperty();
    }

    ReadOnlyStringProperty domainNoteProperty() {
        return domainNote.getReadOnlyProperty();
    }

    ObservableList<EmotionProbability> probabilities() {
        return readOnlyProbabilities;
    }

    ObservableList<SpeakerProbability> speakerProbabilities() {
        return readOnlySpeakers;
    }

    ReadOnlyStringProperty speakerTitleProperty() {
        return speakerTitle.getReadOnlyProperty();
    }

    ReadOnlyStringProperty speakerNoteProperty() {
        return speakerNote.getReadOnlyProperty();
    }
}
