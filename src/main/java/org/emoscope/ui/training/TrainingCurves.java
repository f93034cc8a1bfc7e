package org.emoscope.ui.training;

import org.emoscope.training.EpochSummary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.emoscope.ui.controls.LineCharts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live training curves of one fold, drawn with JFreeChart: the weighted losses γ·L_emotion,
 * θ·L_speaker and their sum, and the held-out WA and UA, per epoch: on the validation speakers, or on the test
 * speaker when the model selection sets none aside (last epoch, test oracle). Redrawn when the view model's
 * points change (once per validated epoch). FX thread.
 */
final class TrainingCurves extends VBox {

    private final XYSeries emotionLoss = new XYSeries("γ·L_emotion");
    private final XYSeries speakerLoss = new XYSeries("θ·L_speaker");
    private final XYSeries totalLoss = new XYSeries("total loss");
    private final XYSeries validationWa = new XYSeries("held-out WA");
    private final XYSeries validationUa = new XYSeries("held-out UA");

    TrainingCurves(ObservableList<EpochSummary> points) {
        super(6);
        JFreeChart lossChart = chart("Loss per epoch", "loss", List.of(emotionLoss, speakerLoss, totalLoss),
                List.of(new Color(0xe7, 0x6f, 0x51), new Color(0x2a, 0x9d, 0x8f), new Color(0x26, 0x46, 0x53)));
        // Losses fall by small amounts per epoch; a range down to zero would flatten them.
        ((NumberAxis) ((XYPlot) lossChart.getPlot()).getRangeAxis()).setAutoRangeIncludesZero(false);
        ChartViewer losses = LineCharts.viewer(lossChart, 500, 260);
        JFreeChart accuracyChart = chart("Held-out accuracy per epoch", "accuracy (%)",
                List.of(validationWa, validationUa), List.of(new Color(0x45, 0x7b, 0x9d), new Color(0xe9, 0xa8, 0x20)));
        XYPlot accuracyPlot = (XYPlot) accuracyChart.getPlot();
        accuracyPlot.getRangeAxis().setRange(0, 100);
        // WA equals UA on a balanced test set: UA dashed with squares, so neither hides the other.
        XYLineAndShapeRenderer accuracyRenderer = (XYLineAndShapeRenderer) accuracyPlot.getRenderer();
        accuracyRenderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        accuracyRenderer.setSeriesShape(1, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        ChartViewer accuracy = LineCharts.viewer(accuracyChart, 500, 260);
        Tooltip.install(accuracy, new Tooltip("Held out: the validation speakers; with last-epoch or test-oracle "
                + "selection, which set no speaker aside, the test speaker (only the test oracle selects on it)"));
        VBox.setVgrow(losses, Priority.ALWAYS);
        VBox.setVgrow(accuracy, Priority.ALWAYS);
        getChildren().addAll(losses, accuracy);
        points.addListener((ListChangeListener<EpochSummary>) change -> show(points));
        show(points);
    }

    private void show(List<EpochSummary> points) {
        fill(emotionLoss, points, EpochSummary::gammaLossEmotion);
        fill(speakerLoss, points, EpochSummary::thetaLossSpeaker);
        fill(totalLoss, points, EpochSummary::totalLoss);
        fill(validationWa, points, p -> 100 * p.validationWa());
        fill(validationUa, points, p -> 100 * p.validationUa());
    }

    /** Replaces a series' points, notifying the chart once; unmeasured (NaN) values leave a gap. */
    private static void fill(XYSeries series, List<EpochSummary> points, ToDoubleFunction<EpochSummary> value) {
        series.setNotify(false);
        series.clear();
        for (EpochSummary point : points) {
            double y = value.applyAsDouble(point);
            series.add(point.epoch(), Double.isNaN(y) ? null : y, false);
        }
        series.setNotify(true);
    }

    private static JFreeChart chart(String title, String rangeLabel, List<XYSeries> series, List<Color> colours) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach(data::addSeries);
        JFreeChart chart = LineCharts.create(title, "epoch", rangeLabel, data, true);
        XYPlot plot = (XYPlot) chart.getPlot();
        NumberAxis epochs = (NumberAxis) plot.getDomainAxis();
        epochs.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochs.setAutoRangeIncludesZero(false);
        // Shapes as well as lines: the first epoch is a single point.
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        plot.setRenderer(renderer);
        return chart;
    }

}
