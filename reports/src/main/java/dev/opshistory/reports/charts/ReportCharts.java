package dev.opshistory.reports.charts;

import dev.opshistory.reports.ReportData;
import dev.opshistory.reports.figures.ActionabilityShare;
import dev.opshistory.reports.figures.NoisyFingerprint;
import dev.opshistory.reports.figures.PageLoad;
import dev.opshistory.reports.figures.ResponseBand;
import dev.opshistory.reports.figures.RootCauseShare;
import dev.opshistory.reports.figures.SeverityBucket;
import dev.opshistory.reports.figures.Trend;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The report's charts, built with JFreeChart from {@link ReportData} and drawn to SVG by {@link SvgRenderer}.
 * Every chart is drawn even without data (an empty plot), so the Markdown's links never dangle. Colours are
 * fixed per series so that the same severity or class has the same colour in every review.
 */
public final class ReportCharts {

    /** The charts' pixel size. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 360;

    private static final int LONGEST_LABEL = 40;
    private static final Color[] SEVERITY_COLOURS = {new Color(0xB7, 0x1C, 0x1C), new Color(0xE6, 0x51, 0x00),
        new Color(0xF9, 0xA8, 0x25), new Color(0x19, 0x76, 0xD2), new Color(0x90, 0xA4, 0xAE),
        new Color(0xBD, 0xBD, 0xBD)};
    private static final Map<String, Color> CLASS_COLOURS = Map.of("ACTIONABLE", new Color(0x2E, 0x7D, 0x32),
            "NON_ACTIONABLE", new Color(0xF9, 0xA8, 0x25), "FALSE_POSITIVE", new Color(0xB7, 0x1C, 0x1C),
            "UNKNOWN", new Color(0xBD, 0xBD, 0xBD));
    private static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] BANDS = {"BUSINESS", "OFF_HOURS", "SLEEP"};

    private ReportCharts() {
    }

    /** Every chart, in the report's order. */
    public static List<Chart> all(ReportData data) {
        List<Chart> charts = new ArrayList<>();
        charts.add(draw("severity-volume", "Alert volume by severity per " + data.bucketSize().unit() + " (UTC)",
                items -> severityVolume(data, items)));
        charts.add(draw("actionability", "Actionability of alerts", items -> actionability(data, items)));
        charts.add(draw("noisy-fingerprints", "Noisiest alert fingerprints", items -> noisyFingerprints(data, items)));
        charts.add(draw("root-causes", rootCausesTitle(data), items -> rootCauses(data, items)));
        charts.add(draw("response-distribution", "Time to acknowledge and to resolve",
                items -> responseDistribution(data, items)));
        charts.add(draw("pages-heatmap", "Pages by hour band and weekday (" + data.timeZone().getId() + ")",
                items -> heatMap(data, items)));
        charts.add(draw("trend", "Trend: earlier window against later window", items -> trend(data, items)));
        return charts;
    }

    /**
     * Builds and draws one chart; the builder gets the {@link ChartItems} that wraps each bar, slice or cell in a
     * {@code <g class="chart-item">} of its own.
     */
    private static Chart draw(String name, String title, Function<ChartItems, JFreeChart> builder) {
        JFreeChart chart = builder.apply(new ChartItems(name));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.setTitle(title);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        return new Chart(name, title, SvgRenderer.render(chart, name, WIDTH, HEIGHT));
    }

    /**
     * The chart with the report's fonts. Applied as soon as a chart exists and before it is styled: a theme resets
     * series colours and the bar painter, so applied later it would undo the fixed colours and the item marking.
     */
    private static JFreeChart themed(JFreeChart chart) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.apply(chart);
        return chart;
    }

    private static JFreeChart severityVolume(ReportData data, ChartItems items) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (SeverityBucket bucket : data.series()) {
            String column = data.bucketSize().label(bucket.start());
            bucket.counts().byName().forEach((severity, count) -> dataset.addValue(count, severity, column));
        }
        JFreeChart chart = themed(ChartFactory.createStackedBarChart(null, null, "Alerts", dataset,
                PlotOrientation.VERTICAL, true, false, false));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        styleBars(plot, SEVERITY_COLOURS, items);
        return chart;
    }

    private static JFreeChart actionability(ReportData data, ChartItems items) {
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        for (ActionabilityShare share : data.actionability()) {
            dataset.setValue(share.actionability(), share.alerts());
        }
        PiePlot<String> plot = new MarkedPiePlot<>(dataset, items);
        JFreeChart chart = themed(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        stylePie(plot);
        CLASS_COLOURS.forEach(plot::setSectionPaint);
        return chart;
    }

    private static JFreeChart noisyFingerprints(ReportData data, ChartItems items) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int rank = 1;
        for (NoisyFingerprint noisy : data.noisiestFingerprints()) {
            // Numbered, because two fingerprints can share an example title and a category key must be unique.
            String label = rank++ + ". " + shorten(noisy.exampleTitle() == null ? noisy.fingerprint() : noisy.exampleTitle());
            dataset.addValue(noisy.nonActionable() + noisy.falsePositive(), "Non-actionable or false positive", label);
            dataset.addValue(noisy.alerts() - noisy.nonActionable() - noisy.falsePositive(), "Other", label);
        }
        JFreeChart chart = themed(ChartFactory.createStackedBarChart(null, null, "Alerts", dataset,
                PlotOrientation.HORIZONTAL, true, false, false));
        styleBars(chart.getCategoryPlot(), new Color[] {new Color(0xF9, 0xA8, 0x25), new Color(0x2E, 0x7D, 0x32)},
                items);
        return chart;
    }

    private static String rootCausesTitle(ReportData data) {
        if (!data.hasPostmortemRootCauses()) {
            return "Root causes of alerts";
        }
        return data.totals().alerts() > 0 ? "Root causes: share of alerts and of postmortems"
                : "Root causes of postmortems";
    }

    /**
     * A pie of alerts per category; with postmortems, bars of each category's share of alerts and of postmortems
     * side by side (a pie holds one series, and counts of alerts would dwarf those of postmortems).
     */
    private static JFreeChart rootCauses(ReportData data, ChartItems items) {
        if (data.hasPostmortemRootCauses()) {
            return rootCauseShares(data, items);
        }
        DefaultPieDataset<String> dataset = new DefaultPieDataset<>();
        for (RootCauseShare share : data.rootCauses()) {
            dataset.setValue(share.category(), share.alerts());
        }
        PiePlot<String> plot = new MarkedPiePlot<>(dataset, items);
        JFreeChart chart = themed(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        stylePie(plot);
        return chart;
    }

    private static JFreeChart rootCauseShares(ReportData data, ChartItems items) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (RootCauseShare share : data.rootCauses()) {
            // A zero share is left out rather than drawn as an empty bar; the category stays on the axis.
            if (share.alertShare() != null && share.alertShare() > 0) {
                dataset.addValue(share.alertShare() * 100, "Alerts", share.category());
            }
            if (share.postmortemShare() != null && share.postmortemShare() > 0) {
                dataset.addValue(share.postmortemShare() * 100, "Postmortems", share.category());
            }
        }
        String axis = dataset.getRowIndex("Alerts") >= 0 ? "% of alerts, % of postmortems" : "% of postmortems";
        JFreeChart chart = themed(ChartFactory.createBarChart(null, null, axis, dataset,
                PlotOrientation.HORIZONTAL, true, false, false));
        styleBars(chart.getCategoryPlot(), new Color[0], items);
        // Colours by name: without alerts the postmortems are the first series and keep their colour.
        int alerts = dataset.getRowIndex("Alerts");
        int postmortems = dataset.getRowIndex("Postmortems");
        if (alerts >= 0) {
            chart.getCategoryPlot().getRenderer().setSeriesPaint(alerts, new Color(0x19, 0x76, 0xD2));
        }
        if (postmortems >= 0) {
            chart.getCategoryPlot().getRenderer().setSeriesPaint(postmortems, new Color(0x6A, 0x1B, 0x9A));
        }
        return chart;
    }

    private static JFreeChart responseDistribution(ReportData data, ChartItems items) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ResponseBand band : data.responseDistribution()) {
            dataset.addValue(band.acknowledged(), "Acknowledged", band.label());
            dataset.addValue(band.resolved(), "Resolved", band.label());
        }
        JFreeChart chart = themed(ChartFactory.createBarChart(null, "Minutes from creation", "Alerts", dataset,
                PlotOrientation.VERTICAL, true, false, false));
        styleBars(chart.getCategoryPlot(), new Color[] {new Color(0x19, 0x76, 0xD2), new Color(0x2E, 0x7D, 0x32)},
                items);
        return chart;
    }

    private static JFreeChart heatMap(ReportData data, ChartItems items) {
        List<PageLoad.HeatCell> cells = data.pages().heatMap();
        double[][] series = new double[3][cells.size()];
        long max = 0;
        for (int i = 0; i < cells.size(); i++) {
            PageLoad.HeatCell cell = cells.get(i);
            series[0][i] = cell.weekday() - 1;
            series[1][i] = List.of(BANDS).indexOf(cell.band());
            series[2][i] = cell.pages();
            max = Math.max(max, cell.pages());
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("Pages", series);
        XYBlockRenderer renderer = new MarkedBlockRenderer(items);
        HeatPaintScale scale = new HeatPaintScale(max);
        renderer.setPaintScale(scale);
        SymbolAxis days = new SymbolAxis("Weekday", WEEKDAYS);
        SymbolAxis bands = new SymbolAxis("Hour band", new String[] {"Business 08-18", "Off-hours", "Sleep 22-08"});
        XYPlot plot = new XYPlot(dataset, days, bands, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = themed(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        NumberAxis legendAxis = new NumberAxis("Pages");
        legendAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        legendAxis.setRange(0, Math.max(1, max));
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(12);
        chart.addSubtitle(legend);
        return chart;
    }

    private static JFreeChart trend(ReportData data, ChartItems items) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Trend trend = data.trend();
        String earlier = trend.mode() == Trend.Mode.PREVIOUS_PERIOD ? "Previous period" : "First half";
        String later = trend.mode() == Trend.Mode.PREVIOUS_PERIOD ? "This period" : "Second half";
        if (trend.mode() != Trend.Mode.NONE) {
            for (Trend.Window window : List.of(trend.earlier(), trend.later())) {
                String series = window == trend.earlier() ? earlier : later;
                dataset.addValue(window.alerts(), series, "Alerts");
                dataset.addValue(window.pages(), series, "Pages");
                dataset.addValue(window.nonActionable(), series, "Non-actionable");
                dataset.addValue(window.sleepPages(), series, "Sleep-hour pages");
                dataset.addValue(window.incidents(), series, "Incidents");
            }
        }
        JFreeChart chart = themed(ChartFactory.createBarChart(null, null, "Count", dataset, PlotOrientation.VERTICAL,
                true, false, false));
        styleBars(chart.getCategoryPlot(), new Color[] {new Color(0x90, 0xA4, 0xAE), new Color(0x19, 0x76, 0xD2)},
                items);
        return chart;
    }

    private static void styleBars(CategoryPlot plot, Color[] colours, ChartItems items) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new MarkedBarPainter(items));
        renderer.setShadowVisible(false);
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
        }
    }

    private static void stylePie(PiePlot<String> plot) {
        // As ChartFactory.createPieChart sets them; the plot is built here so that its slices are marked.
        plot.setInsets(new RectangleInsets(0.0, 5.0, 5.0, 5.0));
        plot.setIgnoreZeroValues(true);
        plot.setIgnoreNullValues(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
                NumberFormat.getIntegerInstance(Locale.ROOT), NumberFormat.getPercentInstance(Locale.ROOT)));
        plot.setNoDataMessage("No data in the period");
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= LONGEST_LABEL ? oneLine : oneLine.substring(0, LONGEST_LABEL - 1) + "…";
    }
}
