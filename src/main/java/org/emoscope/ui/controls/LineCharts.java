package org.emoscope.ui.controls;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;

/** The workbench's JFreeChart line charts in one look: white, light grid, no outline, the same fonts. FX thread. */
public final class LineCharts {
    private static final Font TITLE_FONT = new Font("SansSerif", Font.BOLD, 13);
    private static final Font AXIS_FONT = new Font("SansSerif", Font.PLAIN, 12);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private LineCharts() {
    }

    /** An XY line chart of {@code data} with tooltips; the caller sets its renderer and axis ranges. */
    public static JFreeChart create(String title, String domainLabel, String rangeLabel, XYDataset data,
                                    boolean legend) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, domainLabel, rangeLabel, data,
                PlotOrientation.VERTICAL, legend, true, false);
        chart.getTitle().setFont(TITLE_FONT);
        chart.setBackgroundPaint(Color.WHITE);
        if (legend) {
            chart.getLegend().setItemFont(AXIS_FONT);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
        XYPlot plot = (XYPlot) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setLabelFont(AXIS_FONT);
        plot.getRangeAxis().setLabelFont(AXIS_FONT);
        return chart;
    }

    /** A viewer that shrinks to 200 × 150 and prefers {@code width} × {@code height}. */
    public static ChartViewer viewer(JFreeChart chart, double width, double height) {
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setMinSize(200, 150);
        viewer.setPrefSize(width, height);
        return viewer;
    }
}
