package org.emoscope.ui.clip;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The clip view's right column: the prediction in words, the emotion probabilities and, when the
 * model has a trained speaker head, its most probable speakers with a note when the true speaker
 * is not among its classes (a held-out test speaker). FX thread only.
 */
final class ClipCharts extends VBox {
    ClipCharts(ClipViewModel viewModel) {
        super(2);
        getStyleClass().add("clip-charts");
        Label prediction = new Label();
        prediction.getStyleClass().add("prediction-summary");
        prediction.textProperty().bind(viewModel.predictionSummaryProperty());
        prediction.setWrapText(true);
        prediction.setMinHeight(Region.USE_PREF_SIZE);
        Label domain = new Label();
        domain.getStyleClass().add("domain-note");
        domain.setId("domain-note");
        domain.textProperty().bind(viewModel.domainNoteProperty());
        domain.setWrapText(true);
        domain.setMinHeight(Region.USE_PREF_SIZE);
        domain.visibleProperty().bind(viewModel.domainNoteProperty().isNotEmpty());
        domain.managedProperty().bind(domain.visibleProperty());

        ProbabilityChart emotions = new ProbabilityChart("Emotion", "No prediction");
        viewModel.probabilities().addListener((ListChangeListener<EmotionProbability>) change ->
                emotions.show(viewModel.probabilities().stream().map(p -> new ProbabilityChart.Bar(
                        p.emotion().label(), p.probability(), p.predicted(), p.labelled(), true)).toList()));
        ProbabilityChart speakers = new ProbabilityChart("Speaker", "");
        viewModel.speakerTitleProperty().addListener((obs, old, title) -> speakers.setTitle(title));
        viewModel.speakerProbabilities().addListener((ListChangeListener<SpeakerProbability>) change -> {
            boolean truthIsAClass = viewModel.speakerProbabilities().stream().anyMatch(SpeakerProbability::speaking);
            speakers.show(viewModel.speakerProbabilities().stream().map(p -> new ProbabilityChart.Bar(
                    p.speakerKey(), p.probability(), p.predicted(), p.speaking(), truthIsAClass)).toList());
        });
        BooleanBinding hasSpeakers = Bindings.isNotEmpty(viewModel.speakerProbabilities());
        speakers.visibleProperty().bind(hasSpeakers);
        speakers.managedProperty().bind(hasSpeakers);
        Label speakerNote = new Label();
        speakerNote.getStyleClass().add("placeholder");
        speakerNote.setWrapText(true);
        speakerNote.textProperty().bind(viewModel.speakerNoteProperty());
        speakerNote.managedProperty().bind(viewModel.speakerNoteProperty().isNotEmpty());
        speakerNote.setMinHeight(Region.USE_PREF_SIZE);
        // The emotion chart has up to seven bars and gets the room; the speaker chart at most six.
        emotions.setMinHeight(250);
        speakers.setPrefHeight(140);
        speakers.setMinHeight(110);
        VBox.setVgrow(emotions, Priority.ALWAYS);
        getChildren().addAll(prediction, domain, emotions, speakers, speakerNote);
    }
}
