package org.emoscope.ui.clip;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * A model head's probabilities as horizontal bars, first class on top: the chosen class filled
 * green when it is the true one, orange when not, and blue when the truth is not among the classes
 * (a held-out speaker); the true class is outlined in green and named "(true)". Shows a placeholder
 * while there are no bars. FX thread only.
 */
public final class ProbabilityChart extends StackPane {
    /**
     * One bar: its label, the probability, whether it is the head's choice and the truth, and whether
     * the truth is one of the chart's classes at all.
     */
    public record Bar(String label, double probability, boolean chosen, boolean truth, boolean truthIsAClass) {
    }

    private static final String RIGHT = "#2a9d8f";
    private static final String WRONG = "#e76f51";
    private static final String UNJUDGED = "#457b9d";
    private static final String OTHER = "#9db4c0";

    private final NumberAxis probabilityAxis = new NumberAxis(0, 100, 25);
    private final CategoryAxis classAxis = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(probabilityAxis, classAxis);
    private final Label placeholder = new Label();

    public ProbabilityChart(String title, String placeholderText) {
        getStyleClass().add("probability-chart");
        probabilityAxis.setLabel("probability (%)");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(title);
        chart.setCategoryGap(6);
        placeholder.setText(placeholderText);
        placeholder.getStyleClass().add("placeholder");
        placeholder.setWrapText(true);
        getChildren().addAll(chart, placeholder);
        show(List.of());
    }

    /** The chart's title, e.g. when it says how many classes it leaves out. */
    void setTitle(String title) {
        chart.setTitle(title);
    }

    public void show(List<Bar> bars) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // The category axis lists bottom up; reversed, the first bar is on top.
        for (int i = bars.size() - 1; i >= 0; i--) {
            Bar bar = bars.get(i);
            XYChart.Data<Number, String> data = new XYChart.Data<>(100 * bar.probability(),
                    bar.label() + (bar.truth() ? " (true)" : ""));
            data.setNode(barNode(bar));
            series.getData().add(data);
        }
        classAxis.getCategories().setAll(series.getData().stream().map(XYChart.Data::getYValue).toList());
        chart.getData().setAll(List.of(series));
        chart.setVisible(!bars.isEmpty());
        placeholder.setVisible(bars.isEmpty());
    }

    /**
     * The bar's node, styled inline: the chart resets a bar's style classes when it adopts the node,
     * so classes set here would be lost.
     */
    private static Node barNode(Bar bar) {
        StackPane node = new StackPane();
        if (bar.chosen()) {
            node.setStyle("-fx-bar-fill: " + (bar.truth() ? RIGHT : bar.truthIsAClass() ? WRONG : UNJUDGED) + ";");
        } else if (bar.truth()) {
            node.setStyle("-fx-bar-fill: " + OTHER + "; -fx-border-color: " + RIGHT + "; -fx-border-width: 2;");
        } else {
            node.setStyle("-fx-bar-fill: " + OTHER + ";");
        }
        return node;
    }
}
