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
 * The model's emotion probabilities as horizontal bars, the predicted emotion highlighted (green
 * when it matches the label, orange when not) and the true label marked "(true)". Shows a message
 * while there is no prediction. FX thread only.
 */
final class EmotionChart extends StackPane {
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
            data.nodeProperty().addListener((obs, old, node) -> style(node, bar));
            series.getData().add(data);
        }
        emotionAxis.getCategories().setAll(series.getData().stream().map(XYChart.Data::getYValue).toList());
        chart.getData().setAll(List.of(series));
        chart.setVisible(!bars.isEmpty());
        placeholder.setVisible(bars.isEmpty());
    }

    private static void style(Node node, EmotionProbability bar) {
        if (node == null) {
            return;
        }
        node.getStyleClass().removeAll("predicted-right", "predicted-wrong", "true-label");
        if (bar.predicted()) {
            node.getStyleClass().add(bar.labelled() ? "predicted-right" : "predicted-wrong");
        } else if (bar.labelled()) {
            node.getStyleClass().add("true-label");
        }
    }
}
