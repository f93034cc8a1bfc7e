package org.emoscope.ui.results;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The headline numbers of a run side by side, each a small card: title, value, one line of context. FX thread only. */
final class ScoreCards extends HBox {

    ScoreCards(ObservableList<ScoreCard> cards) {
        super(8);
        getStyleClass().add("score-cards");
        cards.addListener((ListChangeListener<ScoreCard>) change -> show(cards));
        show(cards);
    }

    private void show(ObservableList<ScoreCard> cards) {
        getChildren().clear();
        for (ScoreCard card : cards) {
            Label title = new Label(card.title());
            title.getStyleClass().add("score-card-title");
            Label value = new Label(card.value());
            value.getStyleClass().add("score-card-value");
            Label detail = new Label(card.detail());
            detail.getStyleClass().add("score-card-detail");
            VBox box = new VBox(0, title, value, detail);
            box.getStyleClass().add("score-card");
            box.setMinWidth(VBox.USE_PREF_SIZE);
            Tooltip.install(box, new Tooltip(card.help()));
            getChildren().add(box);
        }
    }
}
