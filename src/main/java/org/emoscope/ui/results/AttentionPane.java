package org.emoscope.ui.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.emoscope.evaluation.MeanSd;
import org.emoscope.experiment.AttentionDeletion;
import org.emoscope.experiment.AttentionGroup;
import org.emoscope.ui.controls.Converters;
import org.emoscope.ui.controls.FxImages;
import org.emoscope.ui.controls.LineCharts;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Results view's Attention tab: where the selected run's models attend, per emotion or per speaker — the mean
 * profile of α over relative time (1 = even attention, dashed), where the heaviest step falls, and a table of
 * concentration and of α's correlation with energy and pitch (select a row to see that group's spread between clips
 * behind its line) — and whether attention explains the decisions: the
 * deletion test's accuracy as the top-α, random or bottom-α frames are deleted. Survey and Deletion test start their
 * readings in the background. FX thread only.
 */
final class AttentionPane extends BorderPane {
    /** Tableau's ten categorical colours: seven emotions and ten speakers stay apart. */
    private static final int[] PALETTE = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1,
            0xff9da7, 0x9c755f, 0xbab0ac};

    private final XYSeriesCollection profiles = new XYSeriesCollection();
    private final XYSeriesCollection peaks = new XYSeriesCollection();
    private final XYSeriesCollection deletion = new XYSeriesCollection();
    /** The spread (mean ± sd over clips) of the group selected in the table, drawn behind the profiles. */
    private final YIntervalSeriesCollection spread = new YIntervalSeriesCollection();

    AttentionPane(ResultsViewModel results) {
        AttentionViewModel viewModel = results.attention();
        Button survey = new Button("Survey attention");
        survey.setId("attention-survey");
        survey.disableProperty().bind(viewModel.canSurveyProperty().not());
        survey.setOnAction(event -> viewModel.survey());
        survey.setTooltip(new Tooltip("Read every test clip with the fold model that held its speaker out, and set "
                + "its attention against its pitch and energy"));
        Button deletionTest = new Button("Deletion test");
        deletionTest.setId("attention-deletion-test");
        deletionTest.disableProperty().bind(viewModel.canTestDeletionProperty().not());
        deletionTest.setOnAction(event -> viewModel.testDeletion());
        deletionTest.setTooltip(new Tooltip("Read every test clip again with k % of its frames deleted: those attention "
                + "weighs most, random ones, those it weighs least; if attention explains the decision, the top-α "
                + "curve falls fastest. Kept in the run folder"));
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(event -> viewModel.cancel());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("attention-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        ChoiceBox<AttentionViewModel.Grouping> grouping = new ChoiceBox<>();
        grouping.getItems().setAll(AttentionViewModel.Grouping.values());
        grouping.valueProperty().bindBidirectional(viewModel.groupingProperty());
        grouping.setConverter(Converters.labels(AttentionViewModel.Grouping::label, null));

        ChartViewer profileChart = LineCharts.viewer(chart("α over the clip (relative time)", "α relative to even", profiles), 500, 300);
        XYPlot profilePlot = (XYPlot) profileChart.getChart().getPlot();
        profilePlot.addRangeMarker(new ValueMarker(1, Color.GRAY,
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f)));
        // Around even attention, not from 0, which would flatten the profiles; but at least 0.75–1.25, so the
        // wiggles of a nearly flat α are not blown up.
        NumberAxis weights = (NumberAxis) profilePlot.getRangeAxis();
        weights.setAutoRangeIncludesZero(false);
        weights.setAutoRangeMinimumSize(0.5);
        ChartViewer peakChart = LineCharts.viewer(chart("Where the heaviest step lies", "clips (%)", peaks), 500, 300);
        ChartViewer deletionChart = LineCharts.viewer(deletionChart(), 400, 300);
        MenuButton export = export(results, viewModel, profileChart, peakChart, deletionChart);
        for (Region control : List.of(survey, deletionTest, cancel, grouping)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, survey, deletionTest, cancel, progress, spacer, grouping, export);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(4, buttons, status);
        toolbar.getStyleClass().add("tool-bar-row");

        SplitPane charts = new SplitPane(profileChart, peakChart, deletionChart);
        charts.setDividerPositions(0.38, 0.69);
        // The band goes behind the lines: a second dataset, drawn first.
        DeviationRenderer band = new DeviationRenderer(false, false);
        band.setSeriesFillPaint(0, new Color(0x88, 0x88, 0x88));
        band.setAlpha(0.25f);
        profilePlot.setDataset(1, spread);
        profilePlot.setRenderer(1, band);
        profilePlot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        TableView<AttentionGroup> table = table(viewModel);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, group) -> showSpread(group));
        SplitPane body = new SplitPane(charts, table);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.6);
        setTop(toolbar);
        setCenter(body);
        viewModel.groups().addListener((ListChangeListener<AttentionGroup>) change -> show(viewModel.groups()));
        show(viewModel.groups());
        viewModel.deletionProperty().addListener((obs, old, curves) -> showDeletion(curves));
        showDeletion(viewModel.deletionProperty().get());
    }

    private MenuButton export(ResultsViewModel results, AttentionViewModel viewModel, ChartViewer profileChart,
                              ChartViewer peakChart, ChartViewer deletionChart) {
        MenuItem profilesCsv = Exports.csvItem("Profiles as CSV…", this, results,
                () -> results.runTitleProperty().get() + "-attention-profiles", viewModel::profilesTable);
        MenuItem peaksCsv = Exports.csvItem("Peak positions as CSV…", this, results,
                () -> results.runTitleProperty().get() + "-attention-peaks", viewModel::peaksTable);
        MenuItem clipsCsv = Exports.csvItem("Per-clip figures as CSV…", this, results,
                () -> results.runTitleProperty().get() + "-attention-clips", viewModel::clipsTable);
        MenuItem profilePng = pngItem("Profile chart as PNG…", results, profileChart, "-attention-profiles");
        MenuItem peakPng = pngItem("Peak chart as PNG…", results, peakChart, "-attention-peaks");
        for (MenuItem item : List.of(profilesCsv, peaksCsv, clipsCsv, profilePng, peakPng)) {
            item.disableProperty().bind(viewModel.surveyProperty().isNull());
        }
        MenuItem deletionPng = pngItem("Deletion chart as PNG…", results, deletionChart, "-deletion-test");
        deletionPng.disableProperty().bind(viewModel.deletionProperty().isNull());
        MenuButton export = new MenuButton("Export", null, profilesCsv, peaksCsv, clipsCsv, profilePng, peakPng,
                deletionPng);
        export.disableProperty().bind(viewModel.surveyProperty().isNull().and(viewModel.deletionProperty().isNull()));
        export.setMinWidth(Region.USE_PREF_SIZE);
        return export;
    }

    private MenuItem pngItem(String text, ResultsViewModel results, ChartViewer chart, String suffix) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> Exports.chooseTarget(this, results.runsFolder(),
                        results.runTitleProperty().get() + suffix, "PNG image", "png")
                .ifPresent(target -> results.exportPng(FxImages.argb(chart.snapshot(new SnapshotParameters(), null)),
                        target)));
        return item;
    }

    private static TableView<AttentionGroup> table(AttentionViewModel viewModel) {
        TableView<AttentionGroup> table = new TableView<>(viewModel.groups());
        table.setId("attention-table");
        table.setPlaceholder(new Label("No survey yet: Survey attention reads the run's test clips"));
        table.getColumns().add(groupColumn(table));
        table.getColumns().add(Tables.count("Clips", AttentionGroup::clips));
        table.getColumns().add(figure("Peak at", AttentionGroup::peakPosition, 2,
                "Relative time of the heaviest step: 0 the clip's first non-silent sample, 1 its last"));
        table.getColumns().add(figure("Entropy", AttentionGroup::entropyRatio, 3,
                "α's entropy relative to even attention's: 1 = even, near 0 = one step"));
        table.getColumns().add(figure("Top 10 %", AttentionGroup::topTenthMass, 2,
                "α's share on the heaviest tenth of the steps (0.10 = even)"));
        table.getColumns().add(figure("r(α, energy)", AttentionGroup::energyCorrelation, 2,
                "Pearson r between α and each step's energy (dB), per clip"));
        table.getColumns().add(figure("r(α, F0)", AttentionGroup::pitchCorrelation, 2,
                "Pearson r between α and each step's F0 (semitones), over its voiced steps, per clip"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The group's name beside its lines' colour: the table is the charts' legend. */
    private static TableColumn<AttentionGroup, String> groupColumn(TableView<AttentionGroup> table) {
        TableColumn<AttentionGroup, String> column = Tables.text("Group", AttentionGroup::name);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                Rectangle swatch = new Rectangle(12, 12, colour(getIndex()));
                setGraphic(empty ? null : swatch);
            }
        });
        return column;
    }

    private static javafx.scene.paint.Color colour(int series) {
        int rgb = PALETTE[Math.floorMod(series, PALETTE.length)];
        return javafx.scene.paint.Color.rgb(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private static TableColumn<AttentionGroup, String> figure(String title,
                                                              Function<AttentionGroup, MeanSd> value,
                                                              int decimals, String tip) {
        TableColumn<AttentionGroup, String> column = Tables.text(title, group -> value.apply(group).text(decimals));
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip + "; mean ± sd over clips"));
        column.setGraphic(header);
        column.setText("");
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private void show(List<AttentionGroup> groups) {
        profiles.removeAllSeries();
        peaks.removeAllSeries();
        for (AttentionGroup group : groups) {
            XYSeries profile = new XYSeries(group.name() + " (" + group.clips() + ")");
            for (int bin = 0; bin < AttentionGroup.PROFILE_BINS; bin++) {
                double mean = group.profileMean()[bin];
                profile.add(AttentionGroup.binCentre(bin, AttentionGroup.PROFILE_BINS), Double.isNaN(mean) ? null : mean);
            }
            profiles.addSeries(profile);
            XYSeries peak = new XYSeries(group.name());
            for (int bin = 0; bin < AttentionGroup.PEAK_BINS; bin++) {
                peak.add(AttentionGroup.binCentre(bin, AttentionGroup.PEAK_BINS), 100 * group.peakShare()[bin]);
            }
            peaks.addSeries(peak);
        }
    }

    /** The selected group's mean ± sd over clips as a band behind its line; none without a selection. */
    private void showSpread(AttentionGroup group) {
        spread.removeAllSeries();
        if (group == null) {
            return;
        }
        YIntervalSeries series = new YIntervalSeries(group.name() + " ± sd");
        for (int bin = 0; bin < AttentionGroup.PROFILE_BINS; bin++) {
            double mean = group.profileMean()[bin];
            double sd = Double.isNaN(group.profileSd()[bin]) ? 0 : group.profileSd()[bin];
            series.add(AttentionGroup.binCentre(bin, AttentionGroup.PROFILE_BINS), mean, mean - sd, mean + sd);
        }
        spread.addSeries(series);
    }

    private void showDeletion(AttentionDeletion.Curves curves) {
        deletion.removeAllSeries();
        if (curves == null) {
            return;
        }
        for (AttentionDeletion.Order order : AttentionDeletion.Order.values()) {
            // One series per order, in order, so each keeps its colour; a curve file without an order leaves it empty.
            XYSeries series = new XYSeries(order.label());
            for (int f = 0; f < curves.fractions().length && curves.accuracy().containsKey(order); f++) {
                series.add(100 * curves.fractions()[f], 100 * curves.accuracy().get(order)[f]);
            }
            deletion.addSeries(series);
        }
    }

    /** Accuracy against the share of frames deleted, one line per order, with a legend: five lines, fixed colours. */
    private JFreeChart deletionChart() {
        JFreeChart chart = LineCharts.create("Deletion test", "frames deleted (%)", "accuracy (%)", deletion, true);
        XYPlot plot = (XYPlot) chart.getPlot();
        // The orders differ by a few points: a range from 0 would flatten them; at least 20 points tall.
        NumberAxis accuracy = (NumberAxis) plot.getRangeAxis();
        accuracy.setAutoRangeIncludesZero(false);
        accuracy.setAutoRangeMinimumSize(20);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        // In the orders' order: top α, random, random stretch, bottom α, top saliency.
        Color[] colours = {new Color(0xe1, 0x57, 0x59), new Color(0x79, 0x79, 0x79), new Color(0xba, 0xb0, 0xac),
                new Color(0x4e, 0x79, 0xa7), new Color(0x59, 0xa1, 0x4f)};
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        return chart;
    }

    private static JFreeChart chart(String title, String rangeLabel, XYSeriesCollection data) {
        // No legend: the table under the charts names each line's colour, and the charts keep their height.
        JFreeChart chart = LineCharts.create(title, "relative time in the clip", rangeLabel, data, false);
        XYPlot plot = (XYPlot) chart.getPlot();
        plot.getDomainAxis().setRange(0, 1);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < PALETTE.length; i++) {
            renderer.setSeriesPaint(i, new Color(PALETTE[i]));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        return chart;
    }
}
