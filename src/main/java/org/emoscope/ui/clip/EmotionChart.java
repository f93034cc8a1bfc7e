package org.emoscope.ui.clip;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The model's emotion probabilities as horizontal bars: the predicted emotion filled green when it
 * matches the label and orange when not, the true label outlined in green and named "(true)".
 * Shows a message while there is no prediction. FX thread only.
 */
final class EmotionChart extends StackPane {
    private static final String RIGHT = "#2a9d8f";
    private static final String WRONG = "#e76f51";
    private static final String OTHER = "#9db4c0";

    private final NumberAxis probabilityAxis = new NumberAxis(0, 100, 25);
    private final CategoryAxis emotionAxis = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(probabilityAxis, emotionAxis);
    private final Label placeholder = new Label("No prediction");

    EmotionChart(ObservableList<EmotionProbability> probabilities) {
        getStyleClass().add("emotion-chart");
        probabilityAxis.setLabel("probability (%)");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle("Emotion");
        chart.setCategoryGap(6);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        getChildren().addAll(chart, placeholder);
        probabilities.addListener((ListChangeListener<EmotionProbability>) change -> show(probabilities));
        show(probabilities);
    }

    private void show(List<EmotionProbability> bars) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // The category axis lists bottom up; reversed, the model's first class is on top.
        for (int i = bars.size() - 1; i >= 0; i--) {
            EmotionProbability bar = bars.get(i);
            XYChart.Data<Number, String> data = new XYChart.Data<>(100 * bar.probability(),
                    bar.emotion().label() + (bar.labelled() ? " (true)" : ""));
            data.setNode(barNode(bar));
            series.getData().add(data);
        }
        emotionAxis.getCategories().setAll(series.getData().stream().map(XYChart.Data::getYValue).toList());
        chart.getData().setAll(List.of(series));
        chart.setVisible(!bars.isEmpty());
        placeholder.setVisible(bars.isEmpty());
    }

    /**
     * The bar's node, styled inline: the chart resets a bar's style classes when it adopts the node,
     * so classes set here would be lost.
     */
    private static Node barNode(EmotionProbability bar) {
        StackPane node = new StackPane();
        if (bar.predicted()) {
            node.setStyle("-fx-bar-fill: " + (bar.labelled() ? RIGHT : WRONG) + ";");
        } else if (bar.labelled()) {
            node.setStyle("-fx-bar-fill: " + OTHER + "; -fx-border-color: " + RIGHT + "; -fx-border-width: 2;");
        } else {
            node.setStyle("-fx-bar-fill: " + OTHER + ";");
        }
        return node;
    }
}
